import { defineRule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './utils/each.js';

export const preCommissioningDiscussion = defineRule({
  id: 'pre-commissioning-discussion',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'information for parents before a placement' },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: [],
  description: () =>
    'An active or upcoming placement has no logged discussion with both parent/carer and pupil on or before its start',
  messages: {
    missing: ({ who }: { who: string | number }) =>
      `No discussion with the parent or carer and the pupil is logged before the placement of ${who}: record its date under pre_commissioning_discussion.`,
    after: ({ who, date, startDate }: { who: string | number; date: string | number; startDate: string | number }) =>
      `The discussion about the placement of ${who} was on ${date}, after it started on ${startDate}: it should come before the placement is commissioned.`,
    whoMissing: ({ who, date, missing }: { who: string | number; date: string | number; missing: string | number }) =>
      `The discussion about the placement of ${who} (${date}) does not record ${missing} taking part: involve them and set parent_or_carer: true and pupil: true.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      const p = item.placement;
      const d = p.pre_commissioning_discussion;
      const at = [...item.at, 'pre_commissioning_discussion'];
      const who = ctx.run.label(item.record);
      if (!d) {
        ctx.report({ file: item.file, path: at, key: true }, 'missing', { who });
      } else if (d.date > p.start_date) {
        ctx.report({ file: item.file, path: [...at, 'date'] }, 'after', { who, date: d.date, startDate: p.start_date });
      } else if (d.parent_or_carer !== true || d.pupil !== true) {
        const missing = [d.parent_or_carer !== true && 'the parent or carer', d.pupil !== true && 'the pupil']
          .filter(Boolean)
          .join(' and ');
        ctx.report({ file: item.file, path: at, key: true }, 'whoMissing', { who, date: d.date, missing });
      }
    }
  },
});
