// Each rule page's Settings section says what the rule declares: the rule under `rules:`, and exactly the
// thresholds the rule reads (its `thresholds`), each at its default. To bring the pages up to date after
// changing a rule's thresholds or a default: npm run generate
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/rules/index.js';
import { AREA_RULES } from '../../src/area/rules/index.js';
import { declaredThresholds, settingsBlocks } from '../../src/model/settings-section.js';
import type { RuleMeta } from '../../src/model/rule-meta.js';

const REGENERATE = 'run: npm run generate';
const page = (id: string) => readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');

/** The Settings section's YAML, its blocks read as one mapping. */
function settingsOf(id: string): {
  heading?: string;
  rules?: Record<string, unknown>;
  thresholds?: Record<string, unknown>;
  text: string;
} {
  const { heading, blocks } = settingsBlocks(page(id));
  const data = Object.assign({}, ...blocks.map((b) => (parse(b) ?? {}) as Record<string, unknown>)) as {
    rules?: Record<string, unknown>;
    thresholds?: Record<string, unknown>;
  };
  return { heading, ...data, text: blocks.join('\n') };
}

describe.each([
  ['rule', RULES as readonly RuleMeta[]],
  ['area rule', AREA_RULES as readonly RuleMeta[]],
])("each %s page's Settings", (_kind, rules) => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const s = settingsOf(id);
    expect(s.heading, `docs/rules/${id}.md has no Settings section: ${REGENERATE}`).toBeDefined();
    if (rule.fixed) {
      expect(page(id)).toMatch(/## Settings\nNone\. This rule is fixed/);
      return;
    }
    expect(Object.keys(s.rules ?? {}), `docs/rules/${id}.md's Settings do not show the rule under rules:`).toContain(
      id,
    );
    expect(
      s.thresholds ?? {},
      `docs/rules/${id}.md's Settings differ from the thresholds the rule declares: ${REGENERATE}`,
    ).toEqual(declaredThresholds(rule));
  });
});
