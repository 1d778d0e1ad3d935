// `ap-ready rules`: the catalogue; `--explain ID`: one rule's page.
import { readFileSync } from 'node:fs';
import { UsageError } from '../model/findings.js';
import { nearest } from '../model/nearest.js';
import { RULES, ruleById } from '../rules/index.js';
import { AREA_RULES, areaRuleById } from '../area/rules/index.js';
import { SOURCES, citations } from '../model/sources.js';
import { DEFAULT_THRESHOLDS } from '../model/defaults.js';
import { printed, type CommandResult } from './result.js';

/** The catalogue states the default thresholds (a config may change them); a plain object, so zod is not loaded. */
const T = DEFAULT_THRESHOLDS;

export function listRules(): string {
  const w = Math.max(...RULES.map((r) => r.id.length));
  const row = (r: (typeof RULES)[number] | (typeof AREA_RULES)[number]) => {
    const sev = `${r.defaultSeverity}${'fixed' in r && r.fixed ? ' (fixed)' : ''}`;
    const src =
      [...new Set(r.sources.map((s) => SOURCES[s.source].title))].join('; ') || '(a check of the data itself)';
    return `${r.id.padEnd(w)}  ${sev.padEnd(13)}  ${r.description(T)}\n${' '.repeat(w + 17)}Source: ${src}`;
  };
  const rows = RULES.map(row),
    areaRows = AREA_RULES.map(row);
  return (
    [
      `${'rule'.padEnd(w)}  ${'default'.padEnd(13)}  fires when`,
      ...rows,
      '',
      'Area rules (ap-ready area; set in area.yaml under rules:):',
      ...areaRows,
      '',
      `Run 'ap-ready rules --explain <rule>' for a rule's page. Set severities in ap-ready.config.yaml under rules:.`,
    ].join('\n') + '\n'
  );
}

export function explainRule(id: string): string {
  const rule = ruleById(id) ?? areaRuleById(id);
  if (!rule) {
    const guess = nearest(
      id,
      [...RULES, ...AREA_RULES].map((r) => r.id),
    );
    throw new UsageError(
      `There is no rule "${id}"${guess ? `: did you mean "${guess}"?` : '.'} Run 'ap-ready rules' for the list.`,
    );
  }
  try {
    return forTerminal(readFileSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url), 'utf8'));
  } catch {
    return `# ${rule.id}\n\nDefault severity: ${rule.defaultSeverity}. Source: ${citations(rule.sources)}.\n\n${rule.description(T)}.\n`;
  }
}

/**
 * A rule page as a reader at a terminal should see it: the pages' markers for tools are dropped (the HTML comments
 * that bound the generated Sources, and the `bad` on a fence, which tells the test suite that the example is one the
 * rule flags: the page's own words already say so).
 */
export function forTerminal(page: string): string {
  return page
    .replace(/^<!--.*-->\n/gm, '')
    .replace(/^```yaml bad$/gm, '```yaml')
    .replace(/\n{3,}/g, '\n\n');
}

/** The command: the catalogue, or with `explain` one rule's page. */
export function runRules(opts: { explain?: string }): CommandResult {
  return printed(opts.explain ? explainRule(opts.explain) : listRules());
}
