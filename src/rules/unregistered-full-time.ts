import { defineRule } from './types.js';
import { fmtHours, sentence } from '../model/wording.js';
import { providers } from './utils/each.js';
import { fullTimePupils } from './utils/full-time.js';
import { REGISTRATION_SOURCES_WITH_CWSA, REPORT_UNREGISTERED } from '../model/sources.js';

export const unregisteredFullTime = defineRule({
  id: 'unregistered-full-time',
  defaultSeverity: 'error',
  sources: REGISTRATION_SOURCES_WITH_CWSA,
  thresholds: ['full_time_hours', 'unregistered_full_time_pupils'],
  description: (t) =>
    `An unregistered provider gives full-time education to a pupil with an EHC plan or looked after (cwsa-2026: any SEN), or to ${t.unregistered_full_time_pupils} or more pupils; it may be operating as an unregistered independent school`,
  messages: {
    pupil: ({
      pupil,
      who,
      hours,
      fullTimeHours,
    }: {
      pupil: string;
      who: string | number;
      hours: string | number;
      fullTimeHours: string | number;
    }) =>
      `${sentence(pupil)} ${who} and attends this unregistered provider ${hours} hours a week (more than ${fullTimeHours}): full-time education for such a pupil needs a registered school. Reduce the hours or use a registered provider; if the provider is taking such pupils full-time, ${REPORT_UNREGISTERED}.`,
    provider: ({
      size,
      name,
      fullTimeHours,
      unregisteredFullTimePupils,
    }: {
      size: string | number;
      name: string;
      fullTimeHours: string | number;
      unregisteredFullTimePupils: string | number;
    }) =>
      `${size} of the school's pupils attend "${name}" full-time (more than ${fullTimeHours} hours a week) but it is unregistered: at ${unregisteredFullTimePupils} or more it may be operating as an unregistered independent school, which is an offence. Reduce the hours or use a registered provider. ${sentence(REPORT_UNREGISTERED)}.`,
    confirmed: ({
      name,
      count,
      unregisteredFullTimePupils,
    }: {
      name: string;
      count: string | number;
      unregisteredFullTimePupils: string | number;
    }) =>
      `"${name}" confirmed ${count} full-time pupils of compulsory school age in all, but it is unregistered: at ${unregisteredFullTimePupils} or more it may be operating as an unregistered independent school, which is an offence. Do not place pupils there full-time; ${REPORT_UNREGISTERED}.`,
  },
  check(ctx) {
    const t = ctx.run.thresholds;
    const anySen = ctx.run.config.registration_law === 'cwsa-2026';
    for (const { file, provider } of providers(ctx)) {
      if (provider.registration.status !== 'unregistered') continue;
      const fullTime = fullTimePupils(file, ctx.run.asOf, t);
      for (const { hours, records } of fullTime.values()) {
        const record = records.find(
          (r) =>
            r.placement.looked_after || r.placement.send === 'ehcp' || (anySen && r.placement.send === 'sen-support'),
        );
        if (!record) continue;
        const p = record.placement;
        const who = p.looked_after
          ? 'is looked after'
          : p.send === 'ehcp'
            ? 'has an EHC plan'
            : 'has special educational needs';
        ctx.report({ file, path: ['placements', record.index] }, 'pupil', {
          pupil: ctx.run.label(record),
          who,
          hours: fmtHours(hours),
          fullTimeHours: t.full_time_hours,
        });
      }
      if (fullTime.size >= t.unregistered_full_time_pupils) {
        ctx.report({ file, path: ['provider', 'registration'], key: true }, 'provider', {
          size: fullTime.size,
          name: provider.name,
          fullTimeHours: t.full_time_hours,
          unregisteredFullTimePupils: t.unregistered_full_time_pupils,
        });
      }
      const confirmed = provider.registration.full_time_pupils_confirmed;
      if (confirmed && confirmed.count >= t.unregistered_full_time_pupils) {
        ctx.report({ file, path: ['provider', 'registration', 'full_time_pupils_confirmed', 'count'] }, 'confirmed', {
          name: provider.name,
          count: confirmed.count,
          unregisteredFullTimePupils: t.unregistered_full_time_pupils,
        });
      }
    }
  },
});
