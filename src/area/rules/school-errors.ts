// area-school-errors: a school with open errors, counted by rule, so the area sees where to offer support.
import type { AreaRule, AreaReport } from './types.js';

const messages = {
  errors: (d: { school: string; urn: string; total: number; byRule: string }) =>
    `${d.school} (URN ${d.urn}) has ${d.total} open ${d.total === 1 ? 'error' : 'errors'} in its placement records (${d.byRule}): the school can see each with ap-ready check; the area may offer support where the same rule recurs.`,
};

/** Open (not suppressed) errors of one school, by rule, most first. */
export function errorsByRule(findings: readonly { ruleId: string; severity: string; suppression?: unknown }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity === 'error' && !f.suppression) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export const areaSchoolErrors: AreaRule = {
  id: 'area-school-errors', defaultSeverity: 'warn',
  sources: ['Ofsted school inspection toolkit and operating guide (November 2025)', 'Area SEND inspections: framework and handbook (2025)'],
  description: 'A school in the area has open errors in its placement records, counted by rule',
  check(ctx) {
    const out: AreaReport[] = [];
    for (const school of ctx.schools) {
      const byRule = errorsByRule(school.result.findings);
      if (!byRule.length) continue;
      const total = byRule.reduce((n, [, c]) => n + c, 0);
      out.push({
        message: messages.errors({ school: school.name, urn: school.urn, total, byRule: byRule.map(([id, n]) => `${id} ${n}`).join(', ') }),
        areaPath: ['schools', school.index],
        places: [],
      });
    }
    return out;
  },
};
