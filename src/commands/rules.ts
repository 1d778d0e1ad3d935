// `ap-ready rules`: the catalogue; `--explain ID`: one rule's page.
import { readFileSync } from 'node:fs';
import { UsageError } from '../findings.js';
import { nearest } from '../load/issues.js';
import { RULES, ruleById } from '../rules/index.js';
import { AREA_RULES, AREA_SCHOOL_LEFT_OUT } from '../area/rules/index.js';

const AREA_RULE_LIST = [AREA_SCHOOL_LEFT_OUT, ...AREA_RULES];

export function listRules(): string {
  const w = Math.max(...RULES.map((r) => r.id.length));
  const rows = RULES.map((r) => {
    const sev = `${r.defaultSeverity}${r.fixed ? ' (fixed)' : ''}`;
    return `${r.id.padEnd(w)}  ${sev.padEnd(13)}  ${r.sources.join(', ').padEnd(16)}  ${r.description}`;
  });
  return [`${'rule'.padEnd(w)}  ${'default'.padEnd(13)}  ${'source'.padEnd(16)}  fires when`, ...rows, '',
    '', 'Area rules (ap-ready area; set in area.yaml under rules:):',
    ...AREA_RULE_LIST.map((r) => `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(13)}  ${'area'.padEnd(16)}  ${r.description}`), '',
    `Run 'ap-ready rules --explain <rule>' for a rule's page. Set severities in ap-ready.config.yaml under rules:.`].join('\n') + '\n';
}

export function explainRule(id: string): string {
  const rule = ruleById(id) ?? AREA_RULE_LIST.find((r) => r.id === id);
  if (!rule) {
    const guess = nearest(id, [...RULES, ...AREA_RULE_LIST].map((r) => r.id));
    throw new UsageError(`There is no rule "${id}"${guess ? `: did you mean "${guess}"?` : '.'} Run 'ap-ready rules' for the list.`);
  }
  try {
    return readFileSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url), 'utf8');
  } catch {
    return `# ${rule.id}\n\nDefault severity: ${rule.defaultSeverity}. Source: ${rule.sources.join(', ')}.\n\n${rule.description}.\n`;
  }
}
