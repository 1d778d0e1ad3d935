// area-school-errors: a school with open errors, counted by rule, so the area sees where to offer support.
import { plural } from '../../model/wording.js';
import { defineAreaRule } from './types.js';

/** Open (not suppressed) errors of one school, by rule, most first. */
export function errorsByRule(
  findings: readonly { ruleId: string; severity: string; suppression?: unknown }[],
): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings)
    if (f.severity === 'error' && !f.suppression) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export const areaSchoolErrors = defineAreaRule({
  id: 'area-school-errors',
  defaultSeverity: 'warn',
  sources: [{ source: 'area-send-handbook', part: 'oversight of school-commissioned alternative provision' }],
  thresholds: [],
  description: () => 'A school in the area has open errors in its placement records, counted by rule',
  messages: {
    errors: ({ school, urn, byRule }: { school: string; urn: string; byRule: [rule: string, count: number][] }) =>
      `${school} (URN ${urn}) has ${plural(
        byRule.reduce((n, [, c]) => n + c, 0),
        'open error',
      )} in its placement records (${byRule.map(([id, n]) => `${id} ${n}`).join(', ')}): the school can see each with ap-ready check; the area may offer support where the same rule recurs.`,
  },
  check(ctx) {
    for (const school of ctx.area.schools) {
      const byRule = errorsByRule(school.result.findings);
      if (byRule.length)
        ctx.report({ file: ctx.area.file, path: ['schools', school.index] }, 'errors', {
          school: school.name,
          urn: school.urn,
          byRule,
        });
    }
  },
});
