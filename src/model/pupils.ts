// The pupil register `pupils.yaml`: the facts that belong to a pupil rather than to one placement (year
// group, SEND, looked-after, a social worker, the school's own sessions, a part-time timetable), written
// once. Like the placement schema it checks types and enums only; dates are strings judged by `date-format`.
import { z } from 'zod';
import { DAYS, SEND_STATUSES, isoDate, time } from './schema.js';

export const SchoolSessionSchema = z.strictObject({
  day: z.enum(DAYS),
  start: time('Start time'),
  end: time('End time'),
});

export const PartTimeTimetableSchema = z.strictObject({
  agreed_with_parent: isoDate('Date the parent or carer agreed').nullish(),
  review_date: isoDate('Next planned review').nullish(),
  end_date: isoDate('When the pupil returns to a full-time timetable').nullish(),
  la_informed: isoDate('Date the local authority was told of the part-time timetable').nullish(),
});

export const PupilSchema = z.strictObject({
  ref: z.string().meta({
    description: 'The pseudonymous reference the placements use, such as P-0042: never a name, date of birth or UPN',
  }),
  year_group: z
    .union([z.literal('R'), z.number().int().min(1).max(13)])
    .nullish()
    .meta({ description: 'R or 1-13' }),
  send: z.enum(SEND_STATUSES).nullish(),
  looked_after: z.boolean().nullish(),
  social_worker: z
    .boolean()
    .nullish()
    .meta({ description: 'true when a social worker is allocated (child in need or protection plan): a flag only' }),
  school_sessions: z
    .array(SchoolSessionSchema)
    .nullish()
    .meta({ description: "The pupil's sessions in school each week; [] when the pupil has no time in school" }),
  part_time_timetable: PartTimeTimetableSchema.nullish().meta({
    description: "The pupil's whole week is part-time: omit or null when it is full-time",
  }),
  looked_after_education: z
    .strictObject({
      virtual_school_informed: isoDate('Date the virtual school head was told of the placement').nullish(),
      pep_reviewed: isoDate('Date the personal education plan (PEP) was last reviewed').nullish(),
    })
    .nullish()
    .meta({ description: 'Looked-after pupils only' }),
  ehcp_la_consulted: isoDate("EHC plan: date the local authority's SEN team agreed the placement").nullish(),
});

export const PupilsFileSchema = z
  .strictObject({
    pupils: z.array(PupilSchema).nullish(),
  })
  .meta({
    title: 'ap-ready pupil register',
    description: "The school's pupils in alternative provision: each pupil's own facts and whole week",
  });

export type Pupil = z.infer<typeof PupilSchema>;
