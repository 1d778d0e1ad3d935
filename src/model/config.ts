// The config file `ap-ready.config.yaml`. Thresholds live here, with their defaults, and
// nowhere else: rules read them from the resolved config.
import { z } from 'zod';
import { SCHOOL_TYPES } from './vocabulary.js';
import { AttendanceConfigSchema } from './attendance-config.js';

// In enums.ts (no zod): the config's loader checks rule settings without the schema library.
import { SEVERITY_SETTINGS } from './enums.js';
export { SEVERITY_SETTINGS };
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

const days = (d: number, description: string) => z.number().int().min(0).default(d).meta({ description });

export const ThresholdsSchema = z.strictObject({
  qa_max_age_days: days(365, 'Days before the latest QA of a provider is overdue'),
  staff_checks_max_age_days: days(
    365,
    'Days before the written confirmation of staff checks (and the policy review) is out of date',
  ),
  review_interval_days: days(42, 'Most days allowed between placement reviews'),
  attendance_report_minutes: days(30, 'Most minutes after a session starts for the provider to report attendance'),
  full_time_hours: z
    .number()
    .min(0)
    .default(18)
    .meta({ description: 'Weekly hours strictly above which education is full-time' }),
  unregistered_full_time_pupils: days(
    5,
    'Full-time pupils at which an unregistered provider may need to register as a school',
  ),
  combined_hours_max: z
    .number()
    .min(0)
    .default(32.5)
    .meta({ description: "Most weekly hours across one pupil's providers" }),
  hours_tolerance: z
    .number()
    .min(0)
    .default(0.25)
    .meta({ description: "Allowed gap between hours_per_week and the sessions' sum" }),
  personal_development_min_days: days(
    2,
    "School days' worth of time a week at a provider (5 hours a day) from which it needs PSHE, RSE or careers",
  ),
  off_site_direction_notice_days: days(2, 'School days of notice before an off-site direction starts'),
  unregistered_max_weeks: days(12, 'Most weeks for an unregistered placement (planned law)'),
  unregistered_max_sessions: days(4, 'Most sessions a week at an unregistered provider (planned law)'),
  unregistered_max_days: days(2, 'Most days a week at an unregistered provider (planned law)'),
  pep_review_days: days(
    105,
    "Most calendar days since a looked-after pupil's personal education plan was reviewed: about a term",
  ),
  full_time_week_hours: z
    .strictObject({
      reception_to_y2: z.number().min(0).default(21),
      y3_to_y6: z.number().min(0).default(23.5),
      y7_to_y10: z.number().min(0).default(24),
      y11: z.number().min(0).default(25),
      unknown: z.number().min(0).default(24),
    })
    .default({ reception_to_y2: 21, y3_to_y6: 23.5, y7_to_y10: 24, y11: 25, unknown: 24 })
    .meta({
      description:
        "Weekly hours of education (school + AP) below which a pupil's week is not full-time, by year group (the Local Government and Social Care Ombudsman's benchmark)",
    }),
  attendance_persistent_percent: z
    .number()
    .min(0)
    .max(100)
    .default(90)
    .meta({ description: "Attendance % below which a placement's attendance is low (warning)" }),
  attendance_severe_percent: z
    .number()
    .min(0)
    .max(100)
    .default(50)
    .meta({ description: "Attendance % below which a placement's attendance is severely low (error)" }),
  attendance_window_weeks: z
    .number()
    .int()
    .min(1)
    .default(6)
    .meta({ description: 'School weeks of marks that attendance-low looks back over' }),
  attendance_decline_points: z.number().min(0).default(10).meta({
    description:
      'Percentage points of fall in attendance (across the last three reviews, or the last three school weeks of marks against the three before) that attendance-declining reports',
  }),
  long_running_weeks: days(
    26,
    'Weeks (about two terms) after which placement-long-running asks for a review that records a decision to continue',
  ),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/** Optional letters (and digits) and hyphen, then 1-8 digits: P-0042, AP17, KS3-17, 0042 (an admission number). Matched whole. */
import { DEFAULT_PUPIL_REFERENCE_PATTERN, patternProblem } from './reference-pattern.js';
export { DEFAULT_PUPIL_REFERENCE_PATTERN };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date in the form YYYY-MM-DD');

export const ConfigSchema = z
  .strictObject({
    school: z
      .strictObject({
        name: z.string().nullish().meta({ description: "The school's name, printed in document headers" }),
        urn: z.union([z.number(), z.string()]).nullish(),
        dsl: z.string().nullish().meta({ description: "The school's designated safeguarding lead (a role)" }),
        type: z
          .enum(SCHOOL_TYPES)
          .nullish()
          .meta({
            description: `What kind of school this is (${SCHOOL_TYPES.join(', ')}): off-site directions are a power of maintained schools only`,
          }),
      })
      .nullish(),
    registration_law: z
      .enum(['esa-2008', 'cwsa-2026'])
      .default('esa-2008')
      .meta({ description: 'cwsa-2026 counts any SEN for unregistered-full-time (once s43 is in force)' }),
    gias: z
      .string()
      .nullish()
      .meta({ description: 'Path to a GIAS all-establishments CSV extract, relative to this file' }),
    pupils: z
      .string()
      .nullish()
      .meta({ description: 'The pupil register, relative to this file (default pupils.yaml beside it)' }),
    templates: z
      .string()
      .nullish()
      .meta({ description: "Folder of the school's own templates, relative to this file" }),
    term_dates: z
      .array(z.strictObject({ start: isoDate, end: isoDate }))
      .nullish()
      .meta({ description: 'Terms: school days and review intervals count term time only' }),
    pupil_reference_pattern: z
      .string()
      .max(200)
      .superRefine((s, ctx) => {
        const problem = patternProblem(s);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .default(DEFAULT_PUPIL_REFERENCE_PATTERN)
      .meta({
        description:
          "A regular expression every pupil reference must match: the school's own pseudonymous pattern (default: letters, an optional hyphen, digits, such as P-0042)",
      }),
    attendance: AttendanceConfigSchema.nullish().meta({
      description: 'Attendance records received from providers (attendance/*.csv)',
    }),
    census: z
      .strictObject({
        reason_codes: z.record(z.string(), z.string()).nullish().meta({
          description:
            "reason_category → the primary-reason code the school's MIS sends in the census's AP placement module, e.g. { medical: XXX }",
        }),
      })
      .nullish()
      .meta({ description: 'The school census AP placement module (ap-ready census)' }),
    ignores: z
      .array(z.string())
      .nullish()
      .meta({ description: 'Files not to check, relative to this file, as in .gitignore (e.g. placements/archive/)' }),
    rules: z
      .record(z.string(), z.enum(SEVERITY_SETTINGS))
      .default({})
      .meta({ description: 'Rule id: off, warn or error' }),
    thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  })
  .meta({ title: 'ap-ready config', description: "A school's details and rule settings for ap-ready" });

export type Config = z.infer<typeof ConfigSchema>;
export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});
