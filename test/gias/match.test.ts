import { describe, expect, it } from 'vitest';
import {
  normalisePostcode,
  normaliseName,
  namesMatch,
  postcodesMatch,
  typeFits,
  expectedTypesFor,
  registrationTypesFor,
  GIAS_TYPES_BY_REGISTRATION_TYPE,
} from '../../src/gias/match.js';

describe('normalisePostcode', () => {
  it.each([
    ['LS1 1AA', 'LS1 1AA'],
    ['ls11aa', 'LS1 1AA'],
    ['  ls1   1aa ', 'LS1 1AA'],
    ['SW1A2AA', 'SW1A 2AA'],
    ['sw1a 2aa', 'SW1A 2AA'],
    ['M11AE', 'M1 1AE'],
    ['BD22 8XQ', 'BD22 8XQ'],
    ['b d 2 2 8 x q', 'BD22 8XQ'],
    ['LS1\t1AA', 'LS1 1AA'],
    ['', ''],
    ['   ', ''],
    ['AB', 'AB'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it('treats null and undefined as blank', () => {
    expect(normalisePostcode(undefined)).toBe('');
    expect(normalisePostcode(null)).toBe('');
  });
});

describe('normaliseName', () => {
  it.each([
    ['The St. Mary’s Centre', 'st marys centre'],
    ["St Mary's Centre", 'st marys centre'],
    ['ST MARYS CENTRE', 'st marys centre'],
    ['École Saint-Éloi', 'ecole saint eloi'],
    ['Zoë Brontë School', 'zoe bronte school'],
    ['The "Bridge" Hub', 'bridge hub'],
    ['Oakwood Tuition Centre, Halifax', 'oakwood tuition centre halifax'],
    ['Mather & Platt Academy', 'mather and platt academy'],
    ['Crème de la Crème – Café', 'creme de la creme cafe'],
    ['  Spaced    Out   ', 'spaced out'],
    ['Theatre School', 'theatre school'],
    ['The Other School (The Annexe)', 'other school annexe'],
    ['Æsop Œuvre Straße', 'aesop oeuvre strasse'],
    ['ﬁeld House', 'field house'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it.each([
    ['The St. Mary’s Centre', 'St Marys Centre'],
    ['Brookside Pupil Referral Unit', 'brookside pupil referral unit'],
    ['Ecole Saint Eloi', 'École Saint-Éloi'],
  ])('%j matches %j', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
  });

  it.each([
    ['Brookside Centre', 'Brookfield Centre'],
    ['St Mary’s', 'St Marks'],
  ])('%j does not match %j', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });
});

describe('postcodesMatch', () => {
  it.each([
    ['LS1 1AA', 'LS1 1AA', true],
    ['ls11aa', 'LS1 1AA', true],
    ['LS1 1AB', 'LS1 1AA', false],
    ['LS1 1AA', '', true], // a blank GIAS postcode is unknown, not a mismatch
    ['', 'LS1 1AA', false],
  ])('file %j, GIAS %j → %s', (file, gias, expected) => {
    expect(postcodesMatch(file, gias)).toBe(expected);
  });
});

// Every GIAS type name the table mentions, plus common ones it must not accept for AP types.
const GIAS_TYPES = [
  'Pupil referral unit',
  'Academy alternative provision converter',
  'Academy alternative provision sponsor led',
  'Free schools alternative provision',
  'Other independent school',
  'Other independent special school',
  'Non-maintained special school',
  'Community special school',
  'Foundation special school',
  'Academy special converter',
  'Academy special sponsor led',
  'Free schools special',
  'Further education',
  'Sixth form centres',
  'Online provider',
  'Community school',
  'Academy converter',
  'Academy sponsor led',
  'Voluntary aided school',
];

// registration.type → the GIAS types that fit it (the mapping, written out independently).
const FITS: Record<string, string[]> = {
  pru: ['Pupil referral unit'],
  'ap-academy': ['Academy alternative provision converter', 'Academy alternative provision sponsor led'],
  'ap-free-school': ['Free schools alternative provision'],
  'independent-school': ['Other independent school'],
  'independent-special-school': ['Other independent special school', 'Non-maintained special school'],
  'special-school': [
    'Community special school',
    'Foundation special school',
    'Academy special converter',
    'Academy special sponsor led',
    'Free schools special',
    'Non-maintained special school',
  ],
  'fe-college': ['Further education', 'Sixth form centres'],
  'online-provider': ['Online provider'],
  other: GIAS_TYPES,
};

describe('typeFits', () => {
  const cases = Object.entries(FITS).flatMap(([registration, fitting]) =>
    GIAS_TYPES.map((gias) => [registration, gias, fitting.includes(gias)] as const),
  );

  it.each(cases)('%s with GIAS %j → %s', (registration, gias, expected) => {
    expect(typeFits(registration, gias)).toBe(expected);
  });

  it('covers every registered-provider type in the data model', () => {
    expect(Object.keys(GIAS_TYPES_BY_REGISTRATION_TYPE).sort()).toEqual(Object.keys(FITS).sort());
  });

  it.each([
    ['pru', ' pupil referral UNIT ', true],
    ['PRU', 'Pupil referral unit', true],
    ['pru', '', true], // a blank GIAS type is unknown, not a mismatch
    ['tuition', 'Pupil referral unit', false], // unregistered types fit no GIAS type
    ['toString', 'Pupil referral unit', false],
    ['other', 'Welsh establishment', true],
  ])('%j with GIAS %j → %s', (registration, gias, expected) => {
    expect(typeFits(registration, gias)).toBe(expected);
  });
});

describe('expectedTypesFor and registrationTypesFor', () => {
  it.each([
    ['pru', ['Pupil referral unit']],
    ['ap-academy', ['Academy alternative provision converter', 'Academy alternative provision sponsor led']],
    ['fe-college', ['Further education', 'Sixth form centres']],
    ['other', []],
    ['tuition', []],
    ['constructor', []],
  ])('expectedTypesFor(%j)', (registration, expected) => {
    expect(expectedTypesFor(registration)).toEqual(expected);
  });

  it.each([
    ['Pupil referral unit', ['pru']],
    ['Non-maintained special school', ['independent-special-school', 'special-school']],
    ['Academy special converter', ['special-school']],
    ['Online provider', ['online-provider']],
    ['Community school', []],
  ])('registrationTypesFor(%j)', (gias, expected) => {
    expect(registrationTypesFor(gias)).toEqual(expected);
  });
});
