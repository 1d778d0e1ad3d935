import type { Rule } from './types.js';
import { providers } from './each.js';
import { fullTimePupils } from './full-time.js';
import { fmtHours, pupilLabel } from './terms.js';

export const unregisteredFullTime: Rule = {
  id: 'unregistered-full-time', defaultSeverity: 'error', sources: [{ source: 'education-act-2002-independent-schools', part: "section 463 of the Education Act 1996 as applied: the definition of an independent school" }, { source: 'cwsa-2026-s43' }, { source: 'ofsted-unregistered-handbook', part: "full-time education" }],
  description: 'An unregistered provider gives full-time education to a pupil with an EHC plan or looked after (cwsa-2026: any SEN), or to 5 or more pupils; it may be operating as an unregistered independent school',
  check(ctx) {
    const t = ctx.thresholds;
    const anySen = ctx.config.registration_law === 'cwsa-2026';
    for (const { file, provider } of providers(ctx)) {
      if (provider.registration.status !== 'unregistered') continue;
      const fullTime = fullTimePupils(file, ctx.asOf, t);
      for (const { hours, records } of fullTime.values()) {
        const record = records.find((r) => r.placement.looked_after || r.placement.send === 'ehcp' || (anySen && r.placement.send === 'sen-support'));
        if (!record) continue;
        const p = record.placement;
        const who = p.looked_after ? 'is looked after' : p.send === 'ehcp' ? 'has an EHC plan' : 'has special educational needs';
        ctx.report(file, ['placements', record.index], `${pupilLabel(record)} ${who} and attends this unregistered provider ${fmtHours(hours)} hours a week (more than ${t.full_time_hours}): full-time education for such a pupil needs a registered school. Reduce the hours or use a registered provider.`);
      }
      if (fullTime.size >= t.unregistered_full_time_pupils) {
        ctx.report(file, ['provider', 'registration'], `${fullTime.size} of the school's pupils attend "${provider.name}" full-time (more than ${t.full_time_hours} hours a week) but it is unregistered: at ${t.unregistered_full_time_pupils} or more it may be operating as an unregistered independent school. Reduce the hours or use a registered provider.`, { key: true });
      }
      const confirmed = provider.registration.full_time_pupils_confirmed;
      if (confirmed && confirmed.count >= t.unregistered_full_time_pupils) {
        ctx.report(file, ['provider', 'registration', 'full_time_pupils_confirmed', 'count'], `"${provider.name}" confirmed ${confirmed.count} full-time pupils of compulsory school age in all, but it is unregistered: at ${t.unregistered_full_time_pupils} or more it may be operating as an unregistered independent school. Raise it with the local authority before placing pupils there full-time.`);
      }
    }
  },
};
