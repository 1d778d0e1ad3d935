// The YAML examples on the rule pages (docs/rules/<id>.md) are run, as ESLint's check-rule-examples runs its
// pages' examples: each example under "How to fix it" (or fenced ```yaml good) gives none of the rule's
// findings, and each fenced ```yaml bad gives at least one. An example is a fragment laid over the compliant
// fixture, as testRule's cases are: `provider:` and `placements:` (by position) over the compliant placement
// file, `pupils:` over the register's P-0042 entry, and any other key (attendance:, thresholds:, term_dates:…)
// as the school's config. The Settings section's examples are held to the rule's declaration by
// test/rules/page-settings.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/rules/index.js';
import { config, placementFile, pupilsFile, runRule, type Case } from '../support/rule-tester.js';

/** Rules whose examples cannot run in memory against one rule: the loader's own rules, and those needing a GIAS extract. */
const NOT_RUN = new Set([
  'yaml-syntax',
  'schema',
  'date-format',
  'suppression-invalid',
  'urn-unknown',
  'urn-name-mismatch',
  'urn-type-mismatch',
]);

export interface PageExample {
  kind: 'good' | 'bad';
  /** 1-based line of the opening fence in the page. */
  line: number;
  text: string;
}

/** The ```yaml blocks of a rule page outside its Settings section: good under "How to fix it" unless fenced `yaml bad`. */
export function pageExamples(page: string): PageExample[] {
  const out: PageExample[] = [];
  const lines = page.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^## (.*)/.exec(lines[i]);
    if (heading) {
      section = heading[1];
      continue;
    }
    const fence = /^```yaml(?:\s+(good|bad))?\s*$/.exec(lines[i]);
    if (!fence || section.startsWith('Settings')) continue;
    const end = lines.indexOf('```', i + 1);
    out.push({
      kind: (fence[1] as 'good' | 'bad' | undefined) ?? 'good',
      line: i + 1,
      text: lines.slice(i + 1, end).join('\n'),
    });
    i = end;
  }
  return out;
}

type Fragment = {
  provider?: Record<string, unknown>;
  placements?: Record<string, unknown>[];
  pupils?: Record<string, unknown>[];
} & Record<string, unknown>;

/** A testRule case made of the compliant fixture with the example laid over it. */
export function exampleCase(text: string, name: string): Case {
  const { provider, placements, pupils, ...rest } = (parse(text) ?? {}) as Fragment;
  const files: Record<string, string> = { 'provider.yaml': placementFile({ provider, placements }) };
  if (pupils) files['pupils.yaml'] = pupilsFile(pupils);
  return { name, files, config: config(rest) };
}

const page = (id: string) => readFileSync(fileURLToPath(new URL(`../../docs/rules/${id}.md`, import.meta.url)), 'utf8');

describe('rule page examples', () => {
  const cases = RULES.filter((r) => !NOT_RUN.has(r.id)).flatMap((rule) =>
    pageExamples(page(rule.id)).map((e) => [`docs/rules/${rule.id}.md:${e.line} (${e.kind})`, rule, e] as const),
  );

  it('the pages have examples to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)('%s', (name, rule, example) => {
    const { findings } = runRule(rule, exampleCase(example.text, name));
    const said = findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`);
    if (example.kind === 'good') expect(said).toEqual([]);
    else expect(said.length, `the bad example gives no ${rule.id} finding`).toBeGreaterThan(0);
  });
});
