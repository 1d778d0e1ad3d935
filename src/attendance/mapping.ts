// Which column mapping reads an attendance CSV. The config's attendance.columns is the default; each of
// attendance.mappings is a provider whose export differs (its columns, date form, words for marks), chosen by
// its files: pattern (the file's name), else by the header: the first mapping, the default first, whose
// columns the header has. A file that fits none is said once, naming what each mapping lacks.
import { basename } from 'node:path';
import type { AttendanceMapping } from '../model/attendance-config.js';
import type { AttendanceDateFormat } from '../model/vocabulary.js';
import { wildcardMatch } from '../model/wildcard.js';
import { missingFields } from './header.js';
import type { FieldName } from './marks.js';

export interface FileMapping {
  /** Where it is in ap-ready.config.yaml, in words. */
  where: string;
  mapped: (field: FieldName) => string;
  /** The provider the mapping is for (a file without a provider column holds its marks). */
  provider?: string;
  dateFormat?: AttendanceDateFormat;
  /** The provider's words for marks (patterns, * for any characters) → the mark they stand for. */
  marks: [pattern: string, mark: string][];
}

export interface MappingOptions {
  /** The default mapping: our column name → the provider's header name. */
  columns?: Partial<Record<FieldName, string>>;
  mappings?: readonly AttendanceMapping[];
}

const fileMapping = (m: AttendanceMapping, n: number): FileMapping => ({
  where: `the ${ordinal(n)} of attendance.mappings${m.provider ? ` (provider ${m.provider})` : ''}`,
  mapped: (f) => m.columns?.[f] ?? f,
  provider: m.provider,
  dateFormat: m.date_format,
  marks: Object.entries(m.marks ?? {}),
});

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** The mapping a file's name chooses (its files: pattern), or undefined. */
export function mappingByName(path: string, options: MappingOptions): FileMapping | undefined {
  const name = basename(path);
  const list = options.mappings ?? [];
  const n = list.findIndex((m) => m.files !== undefined && wildcardMatch(m.files, name));
  return n < 0 ? undefined : fileMapping(list[n], n + 1);
}

/**
 * The mapping for a file its name did not choose: the default, or the first of the mappings without files:
 * whose columns the header has. `fitsNone` says why none fits (undefined when one does, or there is no choice).
 */
export function mappingByHeader(
  header: string[],
  options: MappingOptions,
): { mapping: FileMapping; fitsNone?: string } {
  const standard: FileMapping = {
    where: 'attendance.columns',
    mapped: (f) => options.columns?.[f] ?? f,
    marks: [],
  };
  const others = (options.mappings ?? []).flatMap((m, n) => (m.files === undefined ? [fileMapping(m, n + 1)] : []));
  const all = [standard, ...others];
  const lacks = all.map((m) => missingFields(header, m.mapped, m.provider !== undefined));
  const fit = lacks.findIndex((l) => l.length === 0);
  if (fit >= 0) return { mapping: all[fit] };
  if (others.length === 0) return { mapping: standard };
  const said = all.map((m, i) => `${m.where} lacks ${lacks[i].map((f) => `'${f}'`).join(', ')}`);
  return {
    mapping: standard,
    fitsNone:
      `This file's header fits no column mapping in ap-ready.config.yaml (${said.join('; ')}), so no row of it can be read: ` +
      `add a mapping for it under attendance.mappings, with files: set to this file's name and columns: naming its headers.`,
  };
}
