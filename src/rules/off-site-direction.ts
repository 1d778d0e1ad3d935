import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { pupilKey } from '../model/placement.js';
import { plural, sentence } from '../model/wording.js';
import { NO_OFF_SITE_DIRECTION_POWER } from '../model/vocabulary.js';

/** How the messages name a school type. */
const SCHOOL_TYPE_WORDS: Record<string, string> = {
  academy: 'an academy',
  'free-school': 'a free school',
  'special-academy': 'a special academy',
  'non-maintained-special': 'a non-maintained special school',
  independent: 'an independent school',
};

export const offSiteDirection = defineRule({
  id: 'off-site-direction',
  defaultSeverity: 'error',
  sources: [
    {
      source: 'education-act-2002-s29a',
      part: "the governing body of a maintained school may require a registered pupil to attend a place outside the school's premises to improve their behaviour",
    },
    {
      source: 'off-site-direction-regulations',
      part: 'regulation 3 (notice to the parent, and to the local authority when the pupil has an EHC plan) and the review of a direction',
    },
  ],
  thresholds: ['off_site_direction_notice_days'],
  description: (t) =>
    `An off-site direction notice given fewer than off_site_direction_notice_days (${t.off_site_direction_notice_days}) school days before the start (to the parent; and to the local authority, which must also be given notice, when the pupil has an EHC plan), or an off-site direction recorded by a school whose governing body has no such power (school.type)`,
  messages: {
    shortNotice: ({
      pupil,
      noticeDate,
      days,
      startDate,
      need,
    }: {
      pupil: string;
      noticeDate: string | number;
      days: string | number;
      startDate: string | number;
      need: string | number;
    }) =>
      `Written notice of the off-site direction of ${pupil} was given on ${noticeDate}, ${days} before it started on ${startDate}: the law requires at least ${need}. Give notice again and move the start date.`,
    laShortNotice: ({
      pupil,
      noticeDate,
      days,
      startDate,
      need,
    }: {
      pupil: string;
      noticeDate: string | number;
      days: string | number;
      startDate: string | number;
      need: string | number;
    }) =>
      `Written notice of the off-site direction of ${pupil} reached the local authority on ${noticeDate}, ${days} before it started on ${startDate}: for a pupil with an EHC plan the law requires at least ${need}. Give notice again and move the start date.`,
    laNotice: ({ pupil }: { pupil: string }) =>
      `${sentence(pupil)} has an EHC plan, but no written notice of the off-site direction to the local authority is recorded: the regulations require notice to the LA as well as the parent. Give it and record the date (off_site_direction.la_notice_date).`,
    notMaintained: ({ pupil, kind }: { pupil: string; kind: string }) =>
      `An off-site direction is recorded for ${pupil}, but the config says this school is ${kind} (school.type): directing a pupil off-site under the Education Act 2002 s.29A is a power of a maintained school's governing body. Arrange the placement with the parent's agreement instead and remove off_site_direction, or correct school.type.`,
  },
  check(ctx) {
    const need = ctx.run.thresholds.off_site_direction_notice_days;
    const type = ctx.run.config.school?.type;
    const noPower = type && NO_OFF_SITE_DIRECTION_POWER.includes(type) ? SCHOOL_TYPE_WORDS[type] : undefined;
    for (const item of placements(ctx)) {
      const od = item.placement.off_site_direction;
      if (!od) continue;
      const at = [...item.at, 'off_site_direction'];
      const pupil = ctx.run.label(item.record);
      if (noPower) {
        ctx.report({ file: item.file, path: at, key: true }, 'notMaintained', { pupil, kind: noPower });
        continue;
      }
      const start = item.placement.start_date;
      const days = ctx.run.calendar.schoolDaysBetween(od.notice_date, start);
      if (days < need) {
        ctx.report({ file: item.file, path: [...at, 'notice_date'] }, 'shortNotice', {
          pupil,
          noticeDate: od.notice_date,
          days: plural(days, 'school day'),
          startDate: start,
          need,
        });
      }
      // The register's EHC plan status wins over the placement's (the register holds the pupil's facts).
      const send = ctx.run.register?.byRef.get(pupilKey(item.placement.pupil))?.pupil.send ?? item.placement.send;
      if (send !== 'ehcp') continue;
      if (!od.la_notice_date) {
        ctx.report({ file: item.file, path: at, key: true }, 'laNotice', { pupil });
        continue;
      }
      const laDays = ctx.run.calendar.schoolDaysBetween(od.la_notice_date, start);
      if (laDays < need) {
        ctx.report({ file: item.file, path: [...at, 'la_notice_date'] }, 'laShortNotice', {
          pupil,
          noticeDate: od.la_notice_date,
          days: plural(laDays, 'school day'),
          startDate: start,
          need,
        });
      }
    }
  },
});
