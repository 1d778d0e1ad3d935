import { defineRule } from './types.js';
import { placements, providers } from './utils/each.js';
import { fileIndex } from '../model/placement.js';

export const datesOrder = defineRule({
  id: 'dates-order',
  defaultSeverity: 'error',
  sources: [],
  thresholds: [],
  description: () =>
    'An end date is before the start, or a record of something done (review, discussion, QA, staff-check confirmation, signing) is dated after the as-of date',
  messages: {
    beforeStart: ({
      field,
      date,
      startDate,
      pupil,
    }: {
      field: string;
      date: string;
      startDate: string;
      pupil: string;
    }) => `${field} ${date} is before the start date ${startDate} of the placement of ${pupil}: correct one of them.`,
    future: ({ what, date, asOf }: { what: string; date: string; asOf: string }) =>
      `${what} is dated ${date}, after ${asOf}: a record of something done cannot be in the future. Correct the date, or remove the entry until it has happened.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const p = item.placement;
      for (const field of ['end_date', 'planned_end_date'] as const) {
        const d = p[field];
        if (d && d < p.start_date) {
          ctx.report({ file: item.file, path: [...item.at, field] }, 'beforeStart', {
            field,
            date: d,
            startDate: p.start_date,
            pupil: ctx.run.label(item.record),
          });
        }
      }
      (p.reviews ?? []).forEach((r, i) => {
        if (r.date > ctx.run.asOf)
          ctx.report(
            { file: item.file, path: [...item.at, 'reviews', fileIndex(item.record, 'reviews', i), 'date'] },
            'future',
            { what: 'A review', date: r.date, asOf: ctx.run.asOf },
          );
      });
      const pcd = p.pre_commissioning_discussion;
      if (pcd && pcd.date > ctx.run.asOf)
        ctx.report({ file: item.file, path: [...item.at, 'pre_commissioning_discussion', 'date'] }, 'future', {
          what: 'The pre-commissioning discussion',
          date: pcd.date,
          asOf: ctx.run.asOf,
        });
    }
    for (const { file, provider } of providers(ctx)) {
      (provider.quality_assurance ?? []).forEach((qa, i) => {
        if (qa.date > ctx.run.asOf)
          ctx.report({ file, path: ['provider', 'quality_assurance', i, 'date'] }, 'future', {
            what: 'A quality-assurance record',
            date: qa.date,
            asOf: ctx.run.asOf,
          });
      });
      const checks = provider.safeguarding?.staff_checks_confirmed;
      if (checks && checks > ctx.run.asOf)
        ctx.report({ file, path: ['provider', 'safeguarding', 'staff_checks_confirmed'] }, 'future', {
          what: 'The confirmation of staff checks',
          date: checks,
          asOf: ctx.run.asOf,
        });
      const signed = provider.agreement?.signed;
      if (signed && signed > ctx.run.asOf)
        ctx.report({ file, path: ['provider', 'agreement', 'signed'] }, 'future', {
          what: "The agreement's signing",
          date: signed,
          asOf: ctx.run.asOf,
        });
    }
  },
});
