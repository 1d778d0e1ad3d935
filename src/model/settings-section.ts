// What a rule page's "Settings" section must say, from the rule's declaration: the rule under `rules:` and
// exactly the thresholds it declares, each at its default. scripts/rule-sources.mjs rewrites a page that
// differs; test/rules/page-settings.test.ts fails until it is run.
import { DEFAULT_THRESHOLDS } from './defaults.js';
import type { Thresholds } from './config.js';
import type { RuleMeta } from './rule-meta.js';

/** The YAML blocks of a page's Settings section (from its heading to the next), as text. */
export function settingsBlocks(page: string): { heading: string | undefined; blocks: string[] } {
  const m = /^## (Settings[^\n]*)\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page);
  if (!m) return { heading: undefined, blocks: [] };
  const blocks = [...m[2].matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((b) => b[1]);
  return { heading: m[1], blocks };
}

/** The thresholds a page's Settings must list: the declared ones with their defaults, in the declared order. */
export function declaredThresholds(rule: Pick<RuleMeta, 'thresholds'>): Partial<Thresholds> {
  return Object.fromEntries(rule.thresholds.map((k) => [k, DEFAULT_THRESHOLDS[k]]));
}

/** A Settings section for a page that has none. */
export function settingsSection(
  rule: Pick<RuleMeta, 'id' | 'defaultSeverity' | 'thresholds' | 'fixed'>,
  area: boolean,
): string {
  if (rule.fixed)
    return '## Settings\nNone. This rule is fixed: it cannot be turned off, its severity cannot be changed, and it cannot be\nsuppressed with an inline comment.\n';
  const lines = ['rules:', `  ${rule.id}: ${rule.defaultSeverity}    # off | warn | error`];
  const t = declaredThresholds(rule);
  if (Object.keys(t).length)
    lines.push(
      'thresholds:',
      ...Object.entries(t).map(
        ([k, v]) =>
          `  ${k}: ${
            typeof v === 'object'
              ? JSON.stringify(v)
                  .replace(/"/g, '')
                  .replace(/[{,:]/g, (c) => `${c} `)
                  .replace(/}/, ' }')
              : v
          }`,
      ),
    );
  return `## Settings${area ? ' (area.yaml)' : ''}\n\`\`\`yaml\n${lines.join('\n')}\n\`\`\`\n`;
}
