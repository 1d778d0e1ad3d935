// A GIAS establishment: the columns ap-ready keeps from the all-establishments extract, and how one
// row's kept values (still a "byte string", see reader.ts) become an establishment once its encoding is known.
import { decodeByteString } from './windows1252.js';

export interface GiasEstablishment {
  urn: string;
  name: string;
  /** "TypeOfEstablishment (name)", e.g. "Pupil referral unit". */
  type: string;
  /** "EstablishmentStatus (name)": Open | Closed | Open, but proposed to close | Proposed to open. */
  status: string;
  /** As GIAS gives it (may be ''); compare with `normalisePostcode`. */
  postcode: string;
  street?: string;
  town?: string;
  /** ISO YYYY-MM-DD, converted from the extract's DD-MM-YYYY or DD/MM/YYYY. */
  closeDate?: string;
  /** ISO YYYY-MM-DD, when the extract has an OpenDate column and a value. */
  openDate?: string;
  /** "EstablishmentTypeGroup (name)", e.g. "Independent schools", when the extract has it. */
  typeGroup?: string;
  /** `Open` and `Open, but proposed to close` are open; `Closed` and `Proposed to open` are not. */
  open: boolean;
}

export type GiasEncoding = 'windows-1252' | 'utf-8';

export const GIAS_REQUIRED_COLUMNS = [
  'URN',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'Postcode',
] as const;

export const GIAS_OPTIONAL_COLUMNS = [
  'CloseDate',
  'OpenDate',
  'Street',
  'Town',
  'EstablishmentTypeGroup (name)',
] as const;

/** The columns kept, in slot order: the required ones first. */
export const KEPT_COLUMNS: readonly string[] = [...GIAS_REQUIRED_COLUMNS, ...GIAS_OPTIONAL_COLUMNS];
export const [URN, NAME, TYPE, STATUS, POSTCODE, CLOSE_DATE, OPEN_DATE, STREET, TOWN, TYPE_GROUP] = KEPT_COLUMNS.map(
  (_, i) => i,
);

/** Whether a GIAS "EstablishmentStatus (name)" counts as open. */
export function isOpenStatus(status: string): boolean {
  const s = status.trim().toLowerCase();
  return s === 'open' || s.startsWith('open,') || s.startsWith('open but');
}

/** DD-MM-YYYY or DD/MM/YYYY (GIAS) → YYYY-MM-DD; an ISO date passes through; blank or unreadable → undefined. */
export function giasDateToIso(value: string): string | undefined {
  const s = value.trim();
  if (s === '') return undefined;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return isoIfReal(m[3], m[2], m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoIfReal(m[1], m[2], m[3]);
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoIfReal(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1])) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function text(value: string, encoding: GiasEncoding): string {
  return decodeByteString(value, encoding).trim();
}

function optionalText(value: string, encoding: GiasEncoding): string | undefined {
  const s = text(value, encoding);
  return s === '' ? undefined : s;
}

export function toEstablishment(urn: string, fields: string[], encoding: GiasEncoding): GiasEstablishment {
  const status = text(fields[STATUS], encoding);
  const establishment: GiasEstablishment = {
    urn,
    name: text(fields[NAME], encoding),
    type: text(fields[TYPE], encoding),
    status,
    postcode: text(fields[POSTCODE], encoding),
    open: isOpenStatus(status),
  };
  // Optional properties are left out when blank, not set to undefined.
  const optional = {
    street: optionalText(fields[STREET], encoding),
    town: optionalText(fields[TOWN], encoding),
    closeDate: giasDateToIso(fields[CLOSE_DATE]),
    openDate: giasDateToIso(fields[OPEN_DATE]),
    typeGroup: optionalText(fields[TYPE_GROUP], encoding),
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) establishment[key] = value;
  }
  return establishment;
}
