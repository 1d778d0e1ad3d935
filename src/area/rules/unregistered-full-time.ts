// area-unregistered-full-time: an unregistered provider's full-time pupils of compulsory school age,
// counted across every school in the area, reach the registration threshold. One school sees only its own
// pupils; the area sees the provider's whole roll (as far as the area's schools place pupils there).
import { fullTimePupils } from '../../rules/full-time.js';
import type { AreaProvider } from '../providers.js';
import { areaPupilKey } from '../providers.js';
import type { AreaRule, AreaRuleContext, AreaReport } from './types.js';

const messages = {
  count: (d: { provider: string; total: number; threshold: number; schools: string; hours: number }) =>
    `"${d.provider}" is unregistered but gives full-time education (more than ${d.hours} hours a week) to ${d.total} pupils of compulsory school age across the area's schools (${d.schools}): at ${d.threshold} or more it may be operating as an unregistered independent school. Tell the provider and the schools involved; the local authority should raise it with the DfE and Ofsted.`,
  special: (d: { provider: string; who: string; schools: string; hours: number }) =>
    `"${d.provider}" is unregistered but gives full-time education (more than ${d.hours} hours a week) to ${d.who} across the area's schools (${d.schools}): full-time education for even one such pupil needs a registered school. Tell the schools involved to reduce the hours or move the placement.`,
};

export interface FullTimeTally {
  /** Distinct area pupils (`URN/ref`) full-time there. */
  total: number;
  /** Of those, with an EHC plan or looked after (any SEN under cwsa-2026). */
  special: number;
  bySchool: { school: string; count: number }[];
}

/** Full-time pupils of compulsory school age at one unregistered provider, across the schools using it. */
export function tallyFullTime(provider: AreaProvider, ctx: Pick<AreaRuleContext, 'asOf' | 'thresholds' | 'registrationLaw'>): FullTimeTally {
  const all = new Set<string>(), special = new Set<string>();
  const bySchool = new Map<string, number>();
  for (const use of provider.uses) {
    const pupils = fullTimePupils(use.file, ctx.asOf, ctx.thresholds);
    for (const [ref, { records }] of pupils) {
      const key = areaPupilKey(use.school, ref);
      if (!all.has(key)) bySchool.set(use.school.name, (bySchool.get(use.school.name) ?? 0) + 1);
      all.add(key);
      if (records.some((r) => r.placement.looked_after || r.placement.send === 'ehcp' || (ctx.registrationLaw === 'cwsa-2026' && r.placement.send === 'sen-support'))) special.add(key);
    }
  }
  return { total: all.size, special: special.size, bySchool: [...bySchool].map(([school, count]) => ({ school, count })) };
}

export const areaUnregisteredFullTime: AreaRule = {
  id: 'area-unregistered-full-time', defaultSeverity: 'error',
  sources: ['Education and Skills Act 2008 s92 (Children\'s Wellbeing and Schools Act 2026 s43 once in force)', 'DfE guidance on full-time education (more than 18 hours a week)'],
  description: 'An unregistered provider\'s full-time pupils of compulsory school age across all the area\'s schools reach unregistered_full_time_pupils, or include one with an EHC plan or looked after (cwsa-2026: any SEN)',
  check(ctx) {
    const out: AreaReport[] = [];
    for (const provider of ctx.providers) {
      if (provider.registered) continue;
      const tally = tallyFullTime(provider, ctx);
      if (tally.total === 0) continue;
      const schools = tally.bySchool.map((s) => `${s.school}: ${s.count}`).join('; ');
      const places = provider.uses.map((u) => ({ school: u.school, file: u.file, path: ['provider', 'registration'] as const, key: true }));
      const hours = ctx.thresholds.full_time_hours;
      if (tally.total >= ctx.thresholds.unregistered_full_time_pupils) {
        out.push({ message: messages.count({ provider: provider.name, total: tally.total, threshold: ctx.thresholds.unregistered_full_time_pupils, schools, hours }), places });
      } else if (tally.special > 0) {
        const who = ctx.registrationLaw === 'cwsa-2026'
          ? `${tally.special} ${tally.special === 1 ? 'pupil' : 'pupils'} with special educational needs or looked after`
          : `${tally.special} ${tally.special === 1 ? 'pupil' : 'pupils'} with an EHC plan or looked after`;
        out.push({ message: messages.special({ provider: provider.name, who, schools, hours }), places });
      }
    }
    return out;
  },
};
