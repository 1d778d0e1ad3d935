import fs from 'fs';
import { parseDocument, LineCounter, Parser, Lexer, Composer } from 'yaml';
const src = fs.readFileSync('/dev/stdin','utf8');
function time(name, f){ for(let i=0;i<50;i++) f(); const t=performance.now(); for (let i=0;i<1000;i++) f(); console.log(name, (performance.now()-t).toFixed(0)); }
time('lexer', ()=>{ let n=0; for (const t of new Lexer().lex(src)) n++; });
time('parser(cst)', ()=>{ let n=0; for (const t of new Parser().parse(src)) n++; });
time('parser+composer', ()=>{ const c=new Composer(); for (const d of c.compose(new Parser().parse(src))); });
time('parseDocument', ()=>{ parseDocument(src) });
