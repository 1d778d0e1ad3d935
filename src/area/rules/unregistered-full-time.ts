// area-unregistered-full-time: an unregistered provider's full-time pupils of compulsory school age,
// counted across every school in the area, reach the registration threshold. One school sees only its own
// pupils; the area sees the provider's whole roll (as far as the area's schools place pupils there).
import { fullTimeAt, schoolPupils } from '../pupils.js';
import { plural } from '../../model/wording.js';
import { REGISTRATION_SOURCES_WITH_CWSA } from '../../model/sources.js';
import type { AreaProvider } from '../providers.js';
import { areaPupilKey } from '../providers.js';
import { defineAreaRule, reportAcross, type AreaRun } from './types.js';

export interface FullTimeTally {
  /** Distinct area pupils (`URN/ref`) full-time there. */
  total: number;
  /** Of those, with an EHC plan or looked after (any SEN under cwsa-2026). */
  special: number;
  bySchool: { school: string; count: number }[];
}

/** Full-time pupils of compulsory school age at one unregistered provider, across the schools using it. */
export function tallyFullTime(
  provider: AreaProvider,
  area: Pick<AreaRun, 'asOf' | 'thresholds' | 'registrationLaw'>,
): FullTimeTally {
  const all = new Set<string>(),
    special = new Set<string>();
  const bySchool = new Map<string, number>();
  for (const use of provider.uses) {
    const facts = schoolPupils(use.school);
    for (const ref of fullTimeAt(use.school, use.file, area.asOf, area.thresholds)) {
      const key = areaPupilKey(use.school, ref);
      if (!all.has(key)) bySchool.set(use.school.name, (bySchool.get(use.school.name) ?? 0) + 1);
      all.add(key);
      const f = facts.get(ref);
      if (f && (f.lookedAfter || f.ehcp || (area.registrationLaw === 'cwsa-2026' && f.send))) special.add(key);
    }
  }
  return {
    total: all.size,
    special: special.size,
    bySchool: [...bySchool].map(([school, count]) => ({ school, count })),
  };
}

type BySchool = FullTimeTally['bySchool'];
const listed = (bySchool: BySchool) => bySchool.map((s) => `${s.school}: ${s.count}`).join('; ');

export const areaUnregisteredFullTime = defineAreaRule({
  id: 'area-unregistered-full-time',
  defaultSeverity: 'error',
  sources: REGISTRATION_SOURCES_WITH_CWSA,
  thresholds: ['full_time_hours', 'unregistered_full_time_pupils'],
  description: (t) =>
    `An unregistered provider gives full-time education (more than ${t.full_time_hours} hours a week) to ${t.unregistered_full_time_pupils} or more pupils of compulsory school age across all the area's schools, or to one with an EHC plan or looked after (cwsa-2026: any SEN)`,
  messages: {
    count: ({
      provider,
      total,
      threshold,
      bySchool,
      hours,
    }: {
      provider: string;
      total: number;
      threshold: number;
      bySchool: BySchool;
      hours: number;
    }) =>
      `"${provider}" is unregistered but gives full-time education (more than ${hours} hours a week) to ${total} pupils of compulsory school age across the area's schools (${listed(bySchool)}): at ${threshold} or more it may be operating as an unregistered independent school, which is an offence. Report it to the Department for Education (the registration authority for independent schools), and tell the provider and the schools involved.`,
    special: ({
      provider,
      special,
      anySen,
      bySchool,
      hours,
    }: {
      provider: string;
      special: number;
      anySen: boolean;
      bySchool: BySchool;
      hours: number;
    }) =>
      `"${provider}" is unregistered but gives full-time education (more than ${hours} hours a week) to ${plural(special, 'pupil')} ${anySen ? 'with special educational needs or looked after' : 'with an EHC plan or looked after'} across the area's schools (${listed(bySchool)}): full-time education for even one such pupil needs a registered school. Tell the schools involved to reduce the hours or move the placement, and report it to the Department for Education (the registration authority for independent schools).`,
  },
  check(ctx) {
    const t = ctx.area.thresholds;
    for (const provider of ctx.area.providers) {
      if (provider.registered) continue;
      const tally = tallyFullTime(provider, ctx.area);
      if (tally.total === 0) continue;
      const at = ['schools', provider.uses[0].school.index];
      const places = provider.uses.map((u) => ({ file: u.file, path: ['provider', 'registration'], key: true }));
      const hours = t.full_time_hours;
      if (tally.total >= t.unregistered_full_time_pupils) {
        reportAcross(ctx, at, places, 'count', {
          provider: provider.name,
          total: tally.total,
          threshold: t.unregistered_full_time_pupils,
          bySchool: tally.bySchool,
          hours,
        });
      } else if (tally.special > 0) {
        reportAcross(ctx, at, places, 'special', {
          provider: provider.name,
          special: tally.special,
          anySen: ctx.area.registrationLaw === 'cwsa-2026',
          bySchool: tally.bySchool,
          hours,
        });
      }
    }
  },
});
