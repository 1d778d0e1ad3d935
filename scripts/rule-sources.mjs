// Rewrites what the rule pages (docs/rules/<id>.md) say from the rules' declarations (run after npm run build):
// the "Sources" section from the sources table, the header's default severity, and in the "Settings" section the
// rule under `rules:` and exactly the thresholds it declares, at their defaults (test/rules/page-settings.test.ts
// and test/model/sources.test.ts fail until it is run). Settings already right are left as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { RULES } from '../dist/rules/index.js';
import { AREA_RULES } from '../dist/area/rules/index.js';
import { SECTION_END, SECTION_START, sourceSection } from '../dist/model/source-section.js';
import { declaredThresholds, settingsBlocks, settingsSection } from '../dist/model/settings-section.js';

/** The page with its Settings section brought in line with the rule's declaration. */
function withSettings(text, rule, area) {
  const { heading, blocks } = settingsBlocks(text);
  if (!heading) return `${text.trimEnd()}\n\n${settingsSection(rule, area)}`;
  if (rule.fixed || blocks.length === 0) return text;
  const data = Object.assign({}, ...blocks.map((b) => parse(b) ?? {}));
  const want = declaredThresholds(rule);
  const rulesRight = Object.keys(data.rules ?? {}).includes(rule.id);
  if (rulesRight && isDeepStrictEqual(data.thresholds ?? {}, want)) return text;
  // Rewrite the first block (thresholds are moved into it from any other block).
  const doc = parseDocument(blocks[0]);
  if (!rulesRight) doc.setIn(['rules', rule.id], rule.defaultSeverity);
  doc.delete('thresholds');
  if (Object.keys(want).length) doc.set('thresholds', doc.createNode(want));
  let out = text.replace(`\`\`\`yaml\n${blocks[0]}\`\`\``, `\`\`\`yaml\n${String(doc)}\`\`\``);
  for (const b of blocks.slice(1)) {
    const other = parseDocument(b);
    if (other.has('thresholds')) {
      other.delete('thresholds');
      out = out.replace(b, String(other));
    }
  }
  return out;
}

for (const rule of AREA_RULES) {
  const path = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  const text = readFileSync(path, 'utf8');
  const out = withSettings(text, rule, true);
  if (out !== text) writeFileSync(path, out);
}

for (const rule of RULES) {
  const path = new URL(`../docs/rules/${rule.id}.md`, import.meta.url);
  let text = readFileSync(path, 'utf8');
  // The header line names the default severity; the sources have their own section.
  text = text.replace(/\s+·\s+\*\*Source:\*\*[^\n]*/, '');
  text = text.replace(
    /^(\*\*Default severity:\*\*) [a-z]+( \(opt-in\))?/m,
    (_m, a, opt) => `${a} ${rule.defaultSeverity}${opt ?? ''}`,
  );
  const section = sourceSection(rule.sources);
  const start = text.indexOf(SECTION_START);
  if (start >= 0) {
    const end = text.indexOf(SECTION_END, start) + SECTION_END.length;
    text = text.slice(0, start) + section + text.slice(end);
  } else {
    const at = text.search(/^## How to fix it/m);
    text = at >= 0 ? `${text.slice(0, at)}${section}\n\n${text.slice(at)}` : `${text.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(path, withSettings(text, rule, false));
}
