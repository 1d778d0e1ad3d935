// fast-check generators of valid placement files (data-model.md), shared by the property tests.
import fc from 'fast-check';
import {
  ATTENDANCE_CODES,
  CURRICULUM_AREAS,
  DAYS,
  QA_OUTCOMES,
  REASON_CATEGORIES,
  REGISTERED_TYPES,
  SEND_STATUSES,
  UNREGISTERED_TYPES,
  type Placement,
  type Provider,
} from '../../src/model/schema.js';
import { dayNumber, fromDayNumber } from '../../src/model/dates.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date from `from` to `to` (inclusive). */
export const dateBetween = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from)!, max: dayNumber(to)! }).map(fromDayNumber);

/** HH:MM. */
export const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

/** A session whose end is after its start. */
export const validSession = fc
  .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 23 * 60 + 58 }), fc.integer({ min: 1, max: 23 * 60 + 59 }))
  .filter(([, a, len]) => a + len <= 23 * 60 + 59)
  .map(([day, a, len]) => ({
    day,
    start: `${pad(Math.floor(a / 60))}:${pad(a % 60)}`,
    end: `${pad(Math.floor((a + len) / 60))}:${pad((a + len) % 60)}`,
    minutes: len,
  }));

/**
 * Any text a person might type: letters of any script, punctuation YAML cares about, emoji, line breaks.
 * Not text of only spaces and line breaks with a line break in it (" \n"): the `yaml` package writes that
 * as a literal block whose space-only line YAML reads as empty, so it does not survive even its own
 * parse — a limit of the writer, not of ap-ready's reader.
 */
export const anyText = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.constantFrom(...'a: #-\'"{}[],&*!|>%@`?\n\t\\0123456789eE.+~'.split('')),
        minLength: 1,
        maxLength: 20,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'yes',
        'no',
        'on',
        'off',
        'null',
        '~',
        'true',
        'False',
        '0042',
        '1e3',
        '0x1A',
        '0o17',
        '1_000',
        '.inf',
        '-.NaN',
        '12:30',
        '2025-10-06',
        '- item',
        '? key',
        '--- ',
        '...',
        '@home',
        '%TAG',
      ),
    },
  )
  .filter((s) => !/^[ \n]*\n[ \n]*$/.test(s));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

export const providerArb = (asOfFrom: string, asOfTo: string): fc.Arbitrary<Provider> =>
  fc.boolean().chain(
    (registered) =>
      fc.record(
        {
          name: anyText,
          address: fc.record(
            { line1: anyText, line2: optional(anyText), town: anyText, postcode: anyText },
            { requiredKeys: ['line1', 'town', 'postcode'] },
          ),
          registration: registered
            ? fc.record(
                {
                  status: fc.constant('registered' as const),
                  type: optional(fc.constantFrom(...REGISTERED_TYPES)),
                  urn: optional(fc.oneof(fc.integer({ min: 100000, max: 999999 }), fc.stringMatching(/^\d{6}$/))),
                },
                { requiredKeys: ['status'] },
              )
            : fc.record(
                {
                  status: fc.constant('unregistered' as const),
                  type: optional(fc.constantFrom(...UNREGISTERED_TYPES)),
                  full_time_pupils_confirmed: optional(
                    fc.record({ date: dateBetween('2023-01-01', asOfTo), count: fc.integer({ min: 0, max: 40 }) }),
                  ),
                },
                { requiredKeys: ['status'] },
              ),
          delivery: optional(fc.constantFrom('in-person', 'online', 'mixed')),
          contact: optional(
            fc.record(
              { name: optional(anyText), email: optional(anyText), phone: optional(anyText) },
              { requiredKeys: [] },
            ),
          ),
          safeguarding: optional(
            fc.record(
              {
                dsl: optional(
                  fc.record(
                    { name: optional(anyText), phone: optional(anyText), email: optional(anyText) },
                    { requiredKeys: [] },
                  ),
                ),
                staff_checks_confirmed: optional(dateBetween('2023-01-01', asOfTo)),
                policy_reviewed: optional(dateBetween('2023-01-01', asOfTo)),
              },
              { requiredKeys: [] },
            ),
          ),
          agreement: optional(
            fc.record(
              {
                signed: optional(dateBetween('2023-01-01', asOfFrom)),
                expires: optional(dateBetween(asOfFrom, '2028-12-31')),
              },
              { requiredKeys: [] },
            ),
          ),
          attendance_reporting: optional(
            fc.record(
              {
                method: optional(fc.constantFrom('email', 'phone', 'portal', 'other')),
                within_minutes: optional(fc.integer({ min: 0, max: 240 })),
              },
              { requiredKeys: [] },
            ),
          ),
          curriculum: optional(fc.uniqueArray(fc.constantFrom(...CURRICULUM_AREAS), { maxLength: 5 })),
          quality_assurance: optional(
            fc.array(
              fc.record(
                {
                  date: dateBetween('2022-01-01', asOfFrom),
                  by: anyText,
                  against: optional(
                    fc.constantFrom('voluntary-national-standards', 'local-authority-framework', 'other'),
                  ),
                  outcome: fc.constantFrom(...QA_OUTCOMES),
                  notes: optional(anyText),
                },
                { requiredKeys: ['date', 'by', 'outcome'] },
              ),
              { maxLength: 3 },
            ),
          ),
        },
        { requiredKeys: ['name', 'address', 'registration'] },
      ) as fc.Arbitrary<Provider>,
  );

/** A valid placement; `start` bounds its start date, `reviewDate` its reviews' dates. */
export const placementArb = (
  start: fc.Arbitrary<string>,
  opts: { endDate?: fc.Arbitrary<string | null>; reviewDate?: fc.Arbitrary<string> } = {},
): fc.Arbitrary<Placement> =>
  fc.record(
    {
      pupil: anyText,
      year_group: optional(fc.oneof(fc.constant('R' as const), fc.integer({ min: 1, max: 13 }))),
      start_date: start,
      planned_end_date: optional(dateBetween('2024-01-01', '2028-12-31')),
      end_date: opts.endDate ?? optional(dateBetween('2024-01-01', '2028-12-31')),
      reason: optional(anyText),
      reason_category: optional(fc.constantFrom(...REASON_CATEGORIES)),
      commissioned_by: optional(fc.constantFrom('school', 'local-authority')),
      attendance_code: optional(fc.constantFrom(...ATTENDANCE_CODES)),
      la_notified: optional(dateBetween('2024-01-01', '2027-12-31')),
      off_site_direction: optional(fc.record({ notice_date: dateBetween('2024-01-01', '2027-12-31') })),
      send: fc.constantFrom(...SEND_STATUSES),
      looked_after: fc.boolean(),
      part_time_timetable: optional(
        fc.record(
          {
            agreed_with_parent: optional(dateBetween('2024-01-01', '2027-12-31')),
            review_date: optional(dateBetween('2024-01-01', '2027-12-31')),
            end_date: optional(dateBetween('2024-01-01', '2027-12-31')),
          },
          { requiredKeys: [] },
        ),
      ),
      hours_per_week: optional(
        fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true, noDefaultInfinity: true })),
      ),
      sessions: optional(
        fc.array(
          validSession.map(({ minutes: _m, ...s }) => s),
          { maxLength: 6 },
        ),
      ),
      pre_commissioning_discussion: optional(
        fc.record(
          {
            date: dateBetween('2024-01-01', '2027-12-31'),
            parent_or_carer: optional(fc.boolean()),
            pupil: optional(fc.boolean()),
          },
          { requiredKeys: ['date'] },
        ),
      ),
      objectives: optional(
        fc.array(
          fc.record(
            { target: anyText, by: optional(dateBetween('2024-01-01', '2028-12-31')) },
            { requiredKeys: ['target'] },
          ),
          { maxLength: 3 },
        ),
      ),
      reviews: optional(
        fc.array(
          fc.record(
            {
              date: opts.reviewDate ?? dateBetween('2024-01-01', '2027-12-31'),
              attendance_percent: optional(fc.integer({ min: 0, max: 100 })),
              notes: optional(anyText),
            },
            { requiredKeys: ['date'] },
          ),
          { maxLength: 4 },
        ),
      ),
      exit_plan: optional(anyText),
      destination: optional(anyText),
    },
    { requiredKeys: ['pupil', 'start_date', 'send', 'looked_after'] },
  );
