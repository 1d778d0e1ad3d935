// The config's `attendance:` block: where the providers' CSV files are, from when marks are expected, the
// default column mapping, the mappings of providers whose exports differ (by file name pattern or by
// provider: their columns, date form and words for marks), and the school's own follow-up log.
import { z } from 'zod';
import { ATTENDANCE_DATE_FORMATS, ATTENDANCE_MARKS } from './vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date in the form YYYY-MM-DD');

const columns = z.strictObject({
  date: z.string().optional(),
  session: z.string().optional(),
  pupil: z.string().optional(),
  provider: z.string().optional(),
  mark: z.string().optional(),
  reported_at: z.string().optional(),
  followed_up_at: z.string().optional(),
  note: z.string().optional(),
});

const MAPPING_NEEDS_KEY =
  'a mapping needs files: (a file name pattern such as inkwell-*.csv) or provider: (the provider file name without .yaml), or both';

export const AttendanceMappingSchema = z
  .strictObject({
    files: z.string().min(1).optional().meta({
      description:
        'The CSV files (names in the attendance folder) this mapping is for: * stands for any characters, e.g. inkwell-*.csv',
    }),
    provider: z.string().min(1).optional().meta({
      description:
        "The provider (its file name without .yaml, or its name) whose exports this mapping reads; a file with no provider column is taken to hold this provider's marks",
    }),
    columns: columns.default({}).meta({ description: "Our column name → this provider's header name" }),
    date_format: z.enum(ATTENDANCE_DATE_FORMATS).optional().meta({
      description:
        'How this provider writes dates (default: YYYY-MM-DD or DD/MM/YYYY); a time after the date is ignored',
    }),
    marks: z.record(z.string().min(1), z.enum(ATTENDANCE_MARKS)).optional().meta({
      description:
        'The provider\'s own words for marks → the DfE code (or present, late, absent), e.g. { Sick: I, "Late*": L }; * stands for any characters; case is ignored',
    }),
  })
  // `params.anyOf` names the condition so that the validation before zod can check it too.
  .refine((m) => m.files !== undefined || m.provider !== undefined, {
    message: MAPPING_NEEDS_KEY,
    params: { anyOf: ['files', 'provider'] },
  });
export type AttendanceMapping = z.infer<typeof AttendanceMappingSchema>;

export const AttendanceConfigSchema = z.strictObject({
  folder: z
    .string()
    .default('attendance')
    .meta({ description: "Folder of the providers' attendance CSV files, relative to this file" }),
  since: isoDate.nullish().meta({
    description: 'Marks are expected from this date on (YYYY-MM-DD); earlier sessions are not asked for',
  }),
  columns: columns
    .default({})
    .meta({ description: 'Our column name → the provider\'s own header name, e.g. { pupil: "Student ID" }' }),
  mappings: z.array(AttendanceMappingSchema).default([]).meta({
    description:
      'Providers whose exports differ: each by files: (a file name pattern) or provider:, with its own columns, date_format and marks. A file matching a files: pattern is read with that mapping; any other file with the mapping whose columns its header has (the default first)',
  }),
  follow_ups: z.string().default('follow-ups.csv').meta({
    description:
      "The school's log of absences it followed up (date, session, pupil, followed_up_at), relative to this file; outside the attendance folder",
  }),
});
