// Rewrites the "Sources" section of every docs/rules/<id>.md page from the sources table (run after npm run build).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';
import { SECTION_END, SECTION_START, sourceSection } from '../dist/model/source-section.js';

for (const rule of RULES) {
  const path = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  let text = readFileSync(path, 'utf8');
  // The header line names the default severity; the sources have their own section.
  text = text.replace(/\s+·\s+\*\*Source:\*\*[^\n]*/, '');
  text = text.replace(/^(\*\*Default severity:\*\*) [a-z]+( \(opt-in\))?/m, (_m, a, opt) => `${a} ${rule.defaultSeverity}${opt ?? ''}`);
  const section = sourceSection(rule.sources);
  const start = text.indexOf(SECTION_START);
  if (start >= 0) {
    const end = text.indexOf(SECTION_END, start) + SECTION_END.length;
    text = text.slice(0, start) + section + text.slice(end);
  } else {
    const at = text.search(/^## How to fix it/m);
    text = at >= 0 ? `${text.slice(0, at)}${section}\n\n${text.slice(at)}` : `${text.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(path, text);
}
