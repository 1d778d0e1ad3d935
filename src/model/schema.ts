// The placement file format as zod schemas: the one source of the TypeScript types,
// of validation and of the JSON Schema. The schema checks types and enums only; every other condition
// (a 5-digit URN, a missing reason, a DD/MM/YYYY date) belongs to its own rule, so dates are strings here
// and `date-format` judges them.
import { z } from 'zod';
import { QUALIFICATION_TYPES } from './vocabulary.js';
import { CostSchema, ObjectiveSchema, OutcomeSchema, ReviewSchema, isoDate } from './schema-progress.js';
import {
  ATTENDANCE_CODES,
  CURRICULUM_AREAS,
  DAYS,
  QA_OUTCOMES,
  REASON_CATEGORIES,
  REGISTERED_TYPES,
  SEND_STATUSES,
  UNREGISTERED_TYPES,
  DESTINATION_CATEGORIES,
} from './enums.js';
export {
  REGISTERED_TYPES,
  UNREGISTERED_TYPES,
  CURRICULUM_AREAS,
  QA_OUTCOMES,
  REASON_CATEGORIES,
  SEND_STATUSES,
  DAYS,
  ATTENDANCE_CODES,
} from './enums.js';

export { isoDate };
export const time = (description: string) =>
  z.string().meta({ description: `${description} (HH:MM, 24-hour)`, pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
const text = (description: string) => z.string().meta({ description });

export const AddressSchema = z
  .strictObject({
    line1: text('First line of the address'),
    line2: text('Second line of the address').nullish(),
    town: text('Town or city'),
    postcode: text('UK postcode, e.g. LS11 5AB'),
  })
  .meta({ description: 'Where the pupils are taught: the planning call asks for it' });

export const RegistrationSchema = z.strictObject({
  status: z
    .enum(['registered', 'unregistered'])
    .meta({ description: 'Whether the provider is registered with the DfE as a school or college' }),
  type: z
    .enum([...new Set([...REGISTERED_TYPES, ...UNREGISTERED_TYPES])] as [string, ...string[]])
    .nullish()
    .meta({
      description: `Registered: ${REGISTERED_TYPES.join(', ')}. Unregistered: ${UNREGISTERED_TYPES.join(', ')}`,
    }),
  urn: z
    .union([z.number(), z.string()])
    .nullish()
    .meta({ description: 'Unique reference number (registered providers only): 6 digits' }),
  ukprn: z.union([z.number(), z.string()]).nullish().meta({
    description:
      'UK provider reference number (8 digits, from the UK Register of Learning Providers), for the school census when the provider has no URN',
  }),
  full_time_pupils_confirmed: z
    .strictObject({
      date: isoDate('When the provider confirmed the figure'),
      count: z.number().int().min(0).meta({
        description: "Provider's own total of full-time pupils of compulsory school age from all commissioners",
      }),
    })
    .nullish()
    .meta({ description: "Unregistered providers: the provider's confirmed total of full-time pupils" }),
});

export const ContactSchema = z.strictObject({
  name: text('Contact name or role').nullish(),
  email: text('Email address').nullish(),
  phone: text('Phone number').nullish(),
});

export const SafeguardingSchema = z.strictObject({
  dsl: z
    .strictObject({
      name: text("Name of the provider's designated safeguarding lead").nullish(),
      phone: text('Phone number').nullish(),
      email: text('Email address').nullish(),
    })
    .nullish()
    .meta({ description: "The provider's designated safeguarding lead" }),
  staff_checks_confirmed: isoDate('Date of written confirmation of staff vetting checks (KCSIE)').nullish(),
  policy_reviewed: isoDate("Date the school reviewed the provider's safeguarding policy").nullish(),
});

export const AgreementSchema = z.strictObject({
  signed: isoDate('Date the written commissioning agreement was signed').nullish(),
  expires: isoDate('Date the agreement expires').nullish(),
});

export const AttendanceReportingSchema = z.strictObject({
  method: z
    .enum(['email', 'phone', 'portal', 'other'])
    .nullish()
    .meta({ description: 'How the provider reports attendance' }),
  within_minutes: z
    .number()
    .min(0)
    .nullish()
    .meta({ description: 'How soon after a session starts the provider reports attendance' }),
});

const qaOutcome = z.enum(QA_OUTCOMES);

export const QualityAssuranceSchema = z.strictObject({
  date: isoDate('Date of the visit or review'),
  by: text('Who carried it out: a role, not a private person'),
  against: z
    .enum(['voluntary-national-standards', 'local-authority-framework', 'other'])
    .nullish()
    .meta({ description: 'The standard the provider was assessed against' }),
  outcome: qaOutcome.meta({ description: 'Overall outcome' }),
  areas: z
    .strictObject({
      safeguarding: qaOutcome.nullish(),
      health_and_safety: qaOutcome.nullish(),
      admissions_and_support: qaOutcome.nullish(),
      quality_of_education: qaOutcome.nullish(),
    })
    .nullish()
    .meta({ description: 'Outcome per voluntary national standards area' }),
  notes: text('Notes').nullish(),
});

export const ProviderSchema = z.strictObject({
  name: text("The provider's name"),
  directory_id: text(
    "The provider's id in the local authority's provider directory (providers.yaml), when the LA gives one: the area view then knows the provider by it, whatever the name, URN or postcode",
  ).nullish(),
  address: AddressSchema,
  sites: z
    .array(
      z.strictObject({
        name: text('What the site is called, e.g. "Farm site" or the subcontractor\'s name').nullish(),
        address: AddressSchema,
        subcontracted: z
          .boolean()
          .nullish()
          .meta({ description: 'true when another organisation runs the provision at this site' }),
      }),
    )
    .nullish()
    .meta({
      description:
        'Every other site where pupils may be taught: satellite or subcontracted sites (KCSIE: the school keeps the address of each)',
    }),
  registration: RegistrationSchema,
  delivery: z.enum(['in-person', 'online', 'mixed']).nullish().meta({ description: 'How education is delivered' }),
  contact: ContactSchema.nullish(),
  safeguarding: SafeguardingSchema.nullish(),
  agreement: AgreementSchema.nullish().meta({
    description: 'Written commissioning agreement / service level agreement',
  }),
  attendance_reporting: AttendanceReportingSchema.nullish(),
  curriculum: z
    .array(z.enum(CURRICULUM_AREAS))
    .nullish()
    .meta({ description: 'Curriculum areas the provider teaches' }),
  quality_assurance: z
    .array(QualityAssuranceSchema)
    .nullish()
    .meta({ description: "The school's own QA visits and reviews of this provider" }),
});

export const SessionSchema = z.strictObject({
  day: z.enum(DAYS),
  start: time('Start time'),
  end: time('End time'),
  online: z
    .boolean()
    .nullish()
    .meta({ description: 'true when this session is taught online (a provider with mixed delivery)' }),
});

export const PlacementSchema = z.strictObject({
  pupil: z
    .string()
    .meta({ description: 'Pseudonymous pupil reference such as P-0042: never a name, date of birth or UPN' }),
  year_group: z
    .union([z.literal('R'), z.number().int().min(1).max(13)])
    .nullish()
    .meta({ description: 'R or 1-13 (12 and 13 are past compulsory school age)' }),
  start_date: isoDate('First day of the placement'),
  planned_end_date: isoDate('Planned last day').nullish(),
  end_date: isoDate('Set when the placement has ended').nullish(),
  reason: text('Why the pupil attends this provider').nullish(),
  reason_category: z.enum(REASON_CATEGORIES).nullish(),
  commissioned_by: z.enum(['school', 'local-authority']).nullish().meta({ description: 'Default: school' }),
  attendance_code: z.enum(ATTENDANCE_CODES).nullish().meta({
    description:
      'Register code used: B (school-arranged), D (dual registered), K (arranged by the local authority), P (approved sporting activity), V (educational visit or trip) or W (work experience)',
  }),
  la_notified: isoDate('Date the local authority was told of the placement').nullish(),
  dual_registered: z.boolean().nullish().meta({
    description:
      "true when the pupil is also on the provider's roll (a PRU, AP academy or other school): register code D",
  }),
  social_worker_informed: isoDate("Date the pupil's social worker was told of the placement").nullish(),
  risk_assessment: isoDate('Date of the risk assessment: travel, supervision, the time not in education').nullish(),
  off_site_direction: z
    .strictObject({
      notice_date: isoDate('Date written notice was given to parents'),
      la_notice_date: isoDate(
        'Date written notice was given to the local authority (required when the pupil has an EHC plan)',
      ).nullish(),
    })
    .nullish()
    .meta({
      description: "Only for a direction under Education Act 2002 s.29A (a maintained school's governing body)",
    }),
  send: z.enum(SEND_STATUSES),
  looked_after: z.boolean(),
  part_time_timetable: z
    .strictObject({
      agreed_with_parent: isoDate('Date the parent or carer agreed').nullish(),
      review_date: isoDate('Next planned review').nullish(),
      end_date: isoDate('When the pupil returns to a full-time timetable').nullish(),
    })
    .nullish()
    .meta({ description: 'Omit or null when the pupil is full-time' }),
  hours_per_week: z.number().min(0).max(50).nullish().meta({ description: 'Weekly hours at this provider (0 to 50)' }),
  sessions: z.array(SessionSchema).nullish().meta({ description: 'Weekly timetable at this provider' }),
  pre_commissioning_discussion: z
    .strictObject({
      date: isoDate('Date of the discussion'),
      parent_or_carer: z.boolean().nullish(),
      pupil: z.boolean().nullish(),
    })
    .nullish(),
  objectives: z.array(ObjectiveSchema).nullish(),
  reviews: z.array(ReviewSchema).nullish(),
  maximum_end_date: isoDate(
    'The agreed maximum period: the latest day the placement may run to (an off-site direction, a time-limited place)',
  ).nullish(),
  exit_plan: text('Reintegration plan or next step').nullish(),
  destination: text('Once ended: what the pupil went on to').nullish(),
  destination_category: z
    .enum(DESTINATION_CATEGORIES)
    .nullish()
    .meta({
      description: `Once ended: the kind of destination (${DESTINATION_CATEGORIES.join(', ')}), alongside the words in destination`,
    }),
  qualifications: z
    .array(
      z.strictObject({
        type: z.enum(QUALIFICATION_TYPES).meta({ description: QUALIFICATION_TYPES.join(', ') }),
        detail: text('Which one, such as "English Language" or "Entry Level 3 maths"').nullish(),
      }),
    )
    .nullish()
    .meta({ description: 'What the pupil can gain at this provider' }),
  outcome: OutcomeSchema.nullish().meta({
    description: 'Once ended: how the placement ended and what the pupil achieved',
  }),
  cost: CostSchema.nullish().meta({
    description:
      "Optional: what the placement costs, as agreed with the provider (for spend by provider in the governors' report)",
  }),
});

export const PlacementFileSchema = z
  .strictObject({
    provider: ProviderSchema,
    placements: z.array(PlacementSchema).nullish(),
  })
  .meta({
    title: 'ap-ready placement file',
    description: "One AP provider and the school's placements of pupils there",
  });

export type Provider = z.infer<typeof ProviderSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type QualityAssurance = z.infer<typeof QualityAssuranceSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
export type Review = z.infer<typeof ReviewSchema>;
