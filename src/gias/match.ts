// Pure comparisons between a provider file and its GIAS record, used by urn-name-mismatch and
// urn-type-mismatch.

/** Upper case, no spaces, then one space before the last three characters ("ls11aa" → "LS1 1AA"); blank → ''. */
export function normalisePostcode(postcode: string | null | undefined): string {
  const compact = (postcode ?? '').toUpperCase().replace(/\s+/g, '');
  if (compact.length <= 3) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/**
 * A name reduced for comparison: accents folded, lower case, apostrophes and full stops removed, other
 * punctuation as spaces, "&" read as "and", the word "the" dropped, spaces collapsed.
 * "The St. Mary’s Centre" → "st marys centre".
 */
export function normaliseName(name: string | null | undefined): string {
  return (name ?? '')
    .normalize('NFKD') // NFD plus compatibility forms (ligatures such as "ﬁ", full-width letters)
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æœßøđłþ]/g, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’‘`´ʼ.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .join(' ');
}

const LETTER_FOLDS: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/** Whether two names are the same establishment's name, ignoring case, punctuation, accents and "The". */
export function namesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  return normaliseName(a) === normaliseName(b);
}

/** Whether the file's postcode agrees with GIAS; a blank GIAS postcode is unknown, not a mismatch. */
export function postcodesMatch(
  filePostcode: string | null | undefined,
  giasPostcode: string | null | undefined,
): boolean {
  const gias = normalisePostcode(giasPostcode);
  return gias === '' || normalisePostcode(filePostcode) === gias;
}

/**
 * For each registered-provider `registration.type`, the GIAS "TypeOfEstablishment (name)" values that fit it.
 * `other` fits every GIAS type (its list is empty). Non-maintained special schools fit both
 * independent-special-school and special-school.
 */
export const GIAS_TYPES_BY_REGISTRATION_TYPE = {
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
  other: [],
} as const satisfies Record<string, readonly string[]>;

export type RegisteredProviderType = keyof typeof GIAS_TYPES_BY_REGISTRATION_TYPE;

const TABLE: Readonly<Record<string, readonly string[]>> = GIAS_TYPES_BY_REGISTRATION_TYPE;

function key(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Whether the GIAS establishment type fits the file's `registration.type`. `other` fits anything; a blank
 * GIAS type is unknown, not a mismatch; a registration type outside the table (e.g. an unregistered
 * provider's `tuition`) fits nothing.
 */
export function typeFits(registrationType: string, giasType: string): boolean {
  const registration = key(registrationType);
  if (registration === 'other') return true;
  const gias = key(giasType);
  if (gias === '') return true;
  const fitting = Object.hasOwn(TABLE, registration) ? TABLE[registration] : undefined;
  return fitting !== undefined && fitting.some((t) => key(t) === gias);
}

/** The GIAS type names that fit a `registration.type`, for messages; [] for `other` (anything fits) or an unknown type. */
export function expectedTypesFor(registrationType: string): readonly string[] {
  const registration = key(registrationType);
  return Object.hasOwn(TABLE, registration) ? TABLE[registration] : [];
}

/** The `registration.type` values a GIAS type fits (not counting `other`), to suggest a fix; [] if none. */
export function registrationTypesFor(giasType: string): RegisteredProviderType[] {
  const gias = key(giasType);
  return (Object.keys(GIAS_TYPES_BY_REGISTRATION_TYPE) as RegisteredProviderType[]).filter((registration) =>
    TABLE[registration].some((t) => key(t) === gias),
  );
}
