// The placement's journey as zod schemas: objectives with a measure, reviews with who took part and progress
// per objective, the outcome once it has ended, and what it costs. Every field is optional, so files written
// before these existed stay valid. Like schema.ts, only types and enums are checked here (an objective id's
// form is a `pattern` for editors, not a check): each other condition is a rule's, and the fast path before
// zod (load/fast-valid.ts) handles every kind of schema used here.
import { z } from 'zod';
import { CALENDAR_DATE_PATTERN } from './dates.js';
import {
  COST_UNITS,
  OUTCOME_RESULTS,
  PROGRESS_STATUSES,
  QUALIFICATION_TYPES,
  REVIEW_DECISIONS,
  REVIEW_PARTICIPANTS,
} from './vocabulary.js';

/**
 * ISO date text; a YAML date may be written quoted or not. Its form is judged by `date-format`; the pattern
 * is for editors only (zod ignores it), so an impossible date such as 2026-02-30 is underlined as it is typed.
 * The one definition for every date field (schema.ts and pupils.ts take it from here).
 */
export const isoDate = (description: string) =>
  z.string().meta({ description: `${description} (YYYY-MM-DD)`, format: 'date', pattern: CALENDAR_DATE_PATTERN });
const text = (description: string) => z.string().meta({ description });
const rating = (description: string) =>
  z
    .number()
    .int()
    .min(1)
    .max(5)
    .nullish()
    .meta({ description: `${description}: 1 (low) to 5 (high)` });

export const ObjectiveSchema = z.strictObject({
  id: z
    .string()
    .meta({
      description:
        'Optional short id that reviews refer to: letters, digits and hyphens, unique in the placement (e.g. attendance)',
      pattern: '^[A-Za-z0-9-]+$',
    })
    .nullish(),
  target: text('What the pupil should achieve'),
  by: isoDate('By when').nullish(),
  measure: text(
    "What is measured, in the school's words or a known measure such as attendance-percent or reading-age",
  ).nullish(),
  baseline: z.number().nullish().meta({ description: 'The measure at the start of the placement' }),
  goal: z.number().nullish().meta({ description: "The measure to reach by the objective's date" }),
});

export const ProgressSchema = z.strictObject({
  objective: z.union([z.string(), z.number().int().min(1)]).meta({
    description: "The objective's id, or its position in the list (1 for the first) when objectives have no ids",
  }),
  status: z.enum(PROGRESS_STATUSES).meta({ description: PROGRESS_STATUSES.join(', ') }),
  value: z
    .number()
    .nullish()
    .meta({ description: 'The measure at this review, on the same scale as the baseline and goal' }),
});

export const ReviewSchema = z.strictObject({
  date: isoDate('Date of the review meeting'),
  attendance_percent: z
    .number()
    .min(0)
    .max(100)
    .nullish()
    .meta({ description: 'Attendance since the last review, 0 to 100' }),
  took_part: z
    .array(z.enum(REVIEW_PARTICIPANTS))
    .nullish()
    .meta({ description: `Who took part: ${REVIEW_PARTICIPANTS.join(', ')} (pupil = the pupil's own view was heard)` }),
  progress: z.array(ProgressSchema).nullish().meta({ description: 'Progress against each objective at this review' }),
  engagement: rating("The provider's rating of the pupil's engagement"),
  readiness_to_reintegrate: rating('How ready the pupil is to return to school'),
  decision: z
    .enum(REVIEW_DECISIONS)
    .nullish()
    .meta({ description: `What the review decided about the placement: ${REVIEW_DECISIONS.join(', ')}` }),
  next_review: isoDate('The agreed date of the next review').nullish(),
  notes: text('Notes: never printed in documents (they may hold personal data)').nullish(),
});

export const OutcomeSchema = z.strictObject({
  result: z.enum(OUTCOME_RESULTS).meta({ description: `How the placement ended: ${OUTCOME_RESULTS.join(', ')}` }),
  objectives_met: z
    .array(z.union([z.string(), z.number().int().min(1)]))
    .nullish()
    .meta({ description: "The objectives met, by id or position; when absent, taken from the last review's progress" }),
  qualifications_achieved: z
    .array(
      z.strictObject({
        type: z.enum(QUALIFICATION_TYPES).meta({ description: QUALIFICATION_TYPES.join(', ') }),
        detail: text('Which one, such as "Entry Level 3 maths"').nullish(),
        grade: text('The grade or result, such as pass or 4').nullish(),
      }),
    )
    .nullish()
    .meta({ description: 'Qualifications the pupil gained at this provider' }),
  sustained_check: z
    .strictObject({
      date: isoDate('When the destination was checked'),
      still_there: z.boolean().meta({ description: 'Whether the pupil was still in the destination' }),
    })
    .nullish()
    .meta({ description: 'A later check that the destination held' }),
  la_informed: isoDate(
    'When the local authority was told of a pupil of compulsory school age whose destination is unknown, NEET or missing education (children missing education)',
  ).nullish(),
});

export const CostSchema = z.strictObject({
  amount: z.number().min(0).meta({ description: 'The rate in pounds' }),
  per: z.enum(COST_UNITS).meta({ description: `What the rate is for: ${COST_UNITS.join(', ')}` }),
});
