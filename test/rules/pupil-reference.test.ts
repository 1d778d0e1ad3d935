import { pupilReference } from '../../src/rules/pupil-reference.js';
import { config, placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const ref = (pupil: string) => placementFile({ placements: [{ pupil }] });
const AT = ['placements', 0, 'pupil'];
const OWN = config({ pupil_reference_pattern: 'S[0-9]{5}' });

/** Found in the trial: names, dates and identifiers in the forms schools actually type them. */
const PERSONAL: [string, string][] = [
  ['JOHN SMITH', 'a name'],
  ['Smith, John', 'a name'],
  ['Zoë Smith', 'a name'],
  ["Mary-Jane O'Neil", 'a name'],
  ['Jayden', 'a name'],
  ['jsmith', 'a name'],
  ['2012/02/01', 'a date'],
  ['1 February 2012', 'a date'],
  ['01022012', 'a date'],
  ['jo@example.org', 'an email address'],
  ['A 1234 5678 9012', 'a unique pupil number (UPN)'],
  ['QQ123456C', 'a National Insurance number'],
];

testRule(pupilReference, {
  valid: [
    { name: 'P-0042', files: placementFile() },
    { name: 'a key-stage pseudonym', files: ref('KS3-17') },
    { name: 'an admission number', files: ref('004217') },
    { name: "the school's own pattern", files: ref('S12345'), config: OWN },
  ],
  invalid: [
    ...PERSONAL.map(([value, kind]) => ({
      name: `${kind}: ${value}`,
      files: ref(value),
      errors: [{ messageId: 'personal', at: AT, data: { placement: 1, kind } }],
    })),
    {
      name: 'outside the default pattern: suggests pupil_reference_pattern',
      files: ref('P 0042 X'),
      errors: [
        {
          messageId: 'pattern',
          at: AT,
          data: { placement: 1, isDefault: true },
          message: /letters then digits, such as P-0042.*pupil_reference_pattern/,
        },
      ],
    },
    {
      name: "outside the school's own pattern",
      files: ref('P-0042'),
      config: OWN,
      errors: [{ messageId: 'pattern', at: AT, data: { placement: 1, isDefault: false } }],
    },
  ],
});

// Cases converted from the old rule table.
/** The same pupil at a second provider, on other days (9 hours: tue and thu), with `placement` laid over it. */
const second = (placement: Record<string, unknown> = {}) =>
  placementFile({
    provider: { name: 'Second Centre' },
    placements: [
      {
        sessions: [
          { day: 'tue', start: '09:30', end: '12:30' },
          { day: 'thu', start: '09:30', end: '12:30' },
          { day: 'thu', start: '13:00', end: '16:00' },
        ],
        ...placement,
      },
    ],
  });

testRule(pupilReference, {
  valid: [
    { name: 'a pseudonym with a key stage', files: placementFile({ placements: [{ pupil: 'KS3-17' }] }) },
    { name: 'one capitalised word', files: placementFile({ placements: [{ pupil: 'Kestrel-7' }] }) },
  ],
  invalid: [
    {
      name: 'a name',
      files: placementFile({ placements: [{ pupil: 'Jane Smith' }] }),
      errors: [
        {
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a name' },
          message: /looks like a name/,
        },
      ],
    },
    {
      name: 'a name, with other findings about the same pupil',
      files: placementFile({ placements: [{ exit_plan: undefined, pupil: 'Jane Smith' }] }),
      errors: [
        {
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a name' },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
      ],
    },
    {
      name: 'an email address',
      files: placementFile({ placements: [{ pupil: 'j.smith@example.org' }] }),
      errors: [
        {
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'an email address' },
          message: /an email address/,
        },
      ],
    },
    {
      name: 'a date of birth',
      files: placementFile({ placements: [{ pupil: '2011-03-04' }] }),
      errors: [
        {
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a date' },
          message: /a date/,
        },
      ],
    },
    {
      name: 'a UPN',
      files: placementFile({ placements: [{ pupil: 'A12345678901B' }] }),
      errors: [
        {
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a unique pupil number (UPN)' },
          message: /UPN/,
        },
      ],
    },
    {
      name: 'a name at two providers: no cross-file message repeats it either',
      files: {
        'a.yaml': placementFile({ placements: [{ pupil: 'Jane Smith' }] }),
        'b.yaml': second({ pupil: 'Jane Smith' }),
      },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a name' },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
        {
          file: 'b.yaml',
          messageId: 'personal',
          at: ['placements', 0, 'pupil'],
          data: { placement: 1, kind: 'a name' },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
      ],
    },
  ],
});

// The pupil register's cases.
testRule(pupilReference, {
  valid: [
    {
      name: 'pseudonymous references in the register',
      files: {
        'provider.yaml': placementFile(),
        'pupils.yaml': pupilsFile([{}, { ref: 'KS3-17', school_sessions: [] }]),
      },
    },
  ],
  invalid: [
    {
      name: 'a name in the register: never repeated',
      files: {
        'provider.yaml': placementFile(),
        'pupils.yaml': pupilsFile([{}, { ref: 'Jane Smith', school_sessions: [] }]),
      },
      errors: [
        { file: 'pupils.yaml', messageId: 'register', at: ['pupils', 1, 'ref'], data: { pupil: 2, kind: 'a name' } },
      ],
    },
    {
      name: "a register reference outside the school's pattern: never repeated",
      files: {
        'provider.yaml': placementFile(),
        'pupils.yaml': pupilsFile([{}, { ref: 'P-0042-X', school_sessions: [] }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'registerPattern',
          at: ['pupils', 1, 'ref'],
          data: { pupil: 2, isDefault: true },
        },
      ],
    },
    {
      name: 'a UPN in the register',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{}, { ref: 'A12345678901B' }]) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'register',
          at: ['pupils', 1, 'ref'],
          message: /^The reference of pupil 2 in the register looks like a unique pupil number \(UPN\)/,
        },
      ],
    },
  ],
});
