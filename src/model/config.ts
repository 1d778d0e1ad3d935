// The config file `ap-ready.config.yaml`. Thresholds live here, with their defaults, and
// nowhere else: rules read them from the resolved config.
import { z } from 'zod';

export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

const days = (d: number, description: string) => z.number().int().min(0).default(d).meta({ description });

export const ThresholdsSchema = z.strictObject({
  qa_max_age_days: days(365, 'Days before the latest QA of a provider is overdue'),
  staff_checks_max_age_days: days(365, 'Days before the written confirmation of staff checks (and the policy review) is out of date'),
  review_interval_days: days(42, 'Most days allowed between placement reviews'),
  attendance_report_minutes: days(30, 'Most minutes after a session starts for the provider to report attendance'),
  full_time_hours: z.number().min(0).default(18).meta({ description: 'Weekly hours strictly above which education is full-time' }),
  unregistered_full_time_pupils: days(5, 'Full-time pupils at which an unregistered provider may need to register as a school'),
  combined_hours_max: z.number().min(0).default(32.5).meta({ description: "Most weekly hours across one pupil's providers" }),
  hours_tolerance: z.number().min(0).default(0.25).meta({ description: 'Allowed gap between hours_per_week and the sessions\' sum' }),
  personal_development_min_days: days(2, 'Days a week from which a placement needs PSHE, RSE or careers'),
  off_site_direction_notice_days: days(2, 'School days of notice before an off-site direction starts'),
  unregistered_max_weeks: days(12, 'Most weeks for an unregistered placement (planned law)'),
  unregistered_max_sessions: days(4, 'Most sessions a week at an unregistered provider (planned law)'),
  unregistered_max_days: days(2, 'Most days a week at an unregistered provider (planned law)'),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date in the form YYYY-MM-DD');

export const ConfigSchema = z.strictObject({
  school: z.strictObject({
    name: z.string().nullish().meta({ description: "The school's name, printed in document headers" }),
    urn: z.union([z.number(), z.string()]).nullish(),
    dsl: z.string().nullish().meta({ description: "The school's designated safeguarding lead (a role)" }),
  }).nullish(),
  registration_law: z.enum(['esa-2008', 'cwsa-2026']).default('esa-2008')
    .meta({ description: 'cwsa-2026 counts any SEN for unregistered-full-time (once s43 is in force)' }),
  gias: z.string().nullish().meta({ description: 'Path to a GIAS all-establishments CSV extract, relative to this file' }),
  templates: z.string().nullish().meta({ description: "Folder of the school's own templates, relative to this file" }),
  term_dates: z.array(z.strictObject({ start: isoDate, end: isoDate })).nullish()
    .meta({ description: 'Terms: school days and review intervals count term time only' }),
  ignores: z.array(z.string()).nullish()
    .meta({ description: 'Files not to check, relative to this file, as in .gitignore (e.g. placements/archive/)' }),
  rules: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}).meta({ description: 'Rule id: off, warn or error' }),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
}).meta({ title: 'ap-ready config', description: "A school's details and rule settings for ap-ready" });

export type Config = z.infer<typeof ConfigSchema>;
export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});
