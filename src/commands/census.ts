// `ap-ready census`: the school census's AP placement module (mandatory for school-arranged placements since
// spring 2023), one row per placement, from the placement files; and `--compare FILE`, which checks the AP
// placements a MIS exported for the census against the files and lists every difference.
//
// What the DfE's census guide asks per placement: the URN of the setting where it has one; else its UKPRN;
// else the AP setting type (NFE non-maintained further education, OOT one-on-one tuition, OTH other
// unregistered provider, WBP work-based placement; never two of the three), the primary reason for the
// placement, and the entry and leaving dates. The guide's primary-reason codes are not held in the sources this
// tool was built from, so no code is invented: the school maps its reason categories to the codes its MIS uses
// in the config (census.reason_codes), and the reason is shown in words beside the code.
import { readFileSync } from 'node:fs';
import type { CheckResult } from '../check.js';
import { check, type CheckOptions } from '../check.js';
import { CsvParser, normaliseHeader } from '../load/csv.js';
import { UsageError } from '../model/findings.js';
import { writeOutput } from '../io/output.js';
import { REASON_CATEGORIES } from '../model/labels.js';
import { pupilKey } from '../model/placement.js';
import type { Provider } from '../model/schema.js';

export const CENSUS_COLUMNS = [
  'pupil',
  'provider',
  'urn',
  'ukprn',
  'ap_setting_type',
  'primary_reason',
  'primary_reason_code',
  'entry_date',
  'leaving_date',
] as const;
export type CensusRow = Record<(typeof CENSUS_COLUMNS)[number], string>;

/** The census's AP setting type for a provider with neither URN nor UKPRN, from its registration type. */
export function apSettingType(provider: Provider): 'NFE' | 'OOT' | 'OTH' | 'WBP' {
  const t = provider.registration.type;
  if (t === 'tuition') return 'OOT';
  if (t === 'fe-college') return 'NFE';
  return 'OTH';
}

const digits = (v: string | number | null | undefined, n: number) => {
  const s = v === undefined || v === null ? '' : String(v).trim();
  return new RegExp(`^\\d{${n}}$`).test(s) ? s : '';
};

/** One row per placement running at any time from `since` to the as-of date (default: on the as-of date). */
export function censusRows(
  result: CheckResult,
  opts: { since?: string; reasonCodes?: Record<string, string> } = {},
): CensusRow[] {
  const since = opts.since ?? result.asOf;
  const rows: CensusRow[] = [];
  for (const item of result.run.placements) {
    const p = item.placement,
      provider = item.provider;
    if (!provider || p.start_date > result.asOf || (p.end_date && p.end_date < since)) continue;
    // The guide: a URN where GIAS has one; else a UKPRN; else the setting type. Never two of the three.
    const urn = provider.registration.status === 'registered' ? digits(provider.registration.urn, 6) : '';
    const ukprn = urn ? '' : digits(provider.registration.ukprn, 8);
    const category = p.reason_category ?? '';
    rows.push({
      pupil: p.pupil.trim(),
      provider: provider.name.trim(),
      urn,
      ukprn,
      ap_setting_type: urn || ukprn ? '' : apSettingType(provider),
      primary_reason: category ? (REASON_CATEGORIES[category] ?? category) : '',
      primary_reason_code: category ? (opts.reasonCodes?.[category] ?? '') : '',
      entry_date: p.start_date,
      leaving_date: p.end_date && p.end_date <= result.asOf ? p.end_date : '',
    });
  }
  return rows.sort(
    (a, b) => a.pupil.localeCompare(b.pupil, 'en-GB', { numeric: true }) || a.entry_date.localeCompare(b.entry_date),
  );
}

const csvCell = (s: string) =>
  /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;

export function censusCsv(rows: readonly CensusRow[]): string {
  return (
    [CENSUS_COLUMNS.join(','), ...rows.map((r) => CENSUS_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') +
    '\r\n'
  );
}

/** The MIS export's header names each census item may go by (compared after normaliseHeader). */
const MIS_HEADERS: Record<(typeof CENSUS_COLUMNS)[number], string[]> = {
  pupil: ['pupil', 'pupil reference', 'reference', 'ref', 'pupil ref', 'admission number', 'admission no', 'adno'],
  provider: ['provider', 'ap provider', 'setting', 'setting name', 'provider name'],
  urn: ['urn', 'ap urn', 'setting urn'],
  ukprn: ['ukprn', 'ap ukprn'],
  ap_setting_type: ['ap setting type', 'setting type', 'type of setting', 'ap type of setting'],
  primary_reason: ['primary reason', 'reason'],
  primary_reason_code: ['primary reason code', 'reason code', 'primary reason for placement'],
  entry_date: ['entry date', 'start date', 'placement start', 'ap entry date'],
  leaving_date: ['leaving date', 'end date', 'placement end', 'ap leaving date'],
};

/** A date as an MIS writes it (YYYY-MM-DD or DD/MM/YYYY) as YYYY-MM-DD, else the text trimmed. */
function isoOf(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : t;
}

export interface MisRow {
  line: number;
  row: Partial<CensusRow>;
}

/** Reads a MIS-style export of AP placements: one header row, any of the names above, any column order. */
export function readMisExport(text: string, name: string): MisRow[] {
  const out: MisRow[] = [];
  let columns: (keyof CensusRow | undefined)[] | undefined;
  const parser = new CsvParser(
    (fields, p) => {
      if (!columns) {
        columns = fields.map((f) =>
          (Object.keys(MIS_HEADERS) as (keyof CensusRow)[]).find((k) =>
            MIS_HEADERS[k].includes(normaliseHeader(f).replace(/_/g, ' ')),
          ),
        );
        if (!columns.includes('pupil') || !columns.includes('entry_date')) {
          throw new UsageError(
            `${name}: the first row must name the columns, with at least the pupil's reference ("Pupil") and the placement's entry date ("Entry date").`,
          );
        }
        return;
      }
      if (fields.every((f) => f.trim() === '')) return;
      const row: Partial<CensusRow> = {};
      columns.forEach((c, i) => {
        if (c) row[c] = c.endsWith('_date') ? isoOf(fields[i] ?? '') : (fields[i] ?? '').trim();
      });
      out.push({ line: p.recordLine, row });
    },
    { positions: true },
  );
  parser.push(text.replace(/^\uFEFF/, ''));
  parser.end();
  if (!columns)
    throw new UsageError(`${name} is empty: export the AP placements from the MIS as CSV with a header row.`);
  return out;
}

/** Every difference between the placement files' census rows and a MIS export, in plain words. */
export function compareCensus(ours: readonly CensusRow[], mis: readonly MisRow[], name: string): string[] {
  const key = (pupil: string | undefined, entry: string | undefined) => `${pupilKey(pupil ?? '')}\0${entry ?? ''}`;
  const misBy = new Map<string, MisRow>();
  const diffs: string[] = [];
  for (const m of mis) {
    const k = key(m.row.pupil, m.row.entry_date);
    if (misBy.has(k))
      diffs.push(
        `${name}:${m.line}: ${m.row.pupil} entering on ${m.row.entry_date} is listed twice (also line ${misBy.get(k)!.line}).`,
      );
    else misBy.set(k, m);
  }
  const seen = new Set<string>();
  for (const r of ours) {
    const k = key(r.pupil, r.entry_date);
    seen.add(k);
    const m = misBy.get(k);
    if (!m) {
      diffs.push(
        `${r.pupil} at "${r.provider}" from ${r.entry_date} is in the placement files but not in ${name}: add it to the MIS.`,
      );
      continue;
    }
    for (const c of CENSUS_COLUMNS) {
      if (c === 'pupil' || c === 'entry_date' || m.row[c] === undefined) continue;
      const theirs = m.row[c],
        mine = r[c];
      const same =
        c === 'provider' || c === 'primary_reason' ? theirs.toLowerCase() === mine.toLowerCase() : theirs === mine;
      if (!same)
        diffs.push(
          `${name}:${m.line}: ${r.pupil} from ${r.entry_date}: ${c.replace(/_/g, ' ')} is ${theirs ? `"${theirs}"` : 'blank'} in the MIS but ${mine ? `"${mine}"` : 'blank'} in the placement files.`,
        );
    }
  }
  for (const [k, m] of misBy) {
    if (!seen.has(k))
      diffs.push(
        `${name}:${m.line}: ${m.row.pupil} from ${m.row.entry_date} is in the MIS export but no placement file has it running in the census period: check the MIS, or add the placement.`,
      );
  }
  return diffs;
}

export interface CensusOptions extends CheckOptions {
  format?: string;
  since?: string;
  compare?: string;
  output?: string;
  readText?: (path: string) => string;
}

/** The census rows (CSV or JSON), or with `compare`, the differences (exit 1 when there are any); with `output`, written there. */
export async function runCensus(paths: string[], opts: CensusOptions): Promise<{ text: string; exitCode: number }> {
  const made = await censusText(paths, opts);
  if (!opts.output) return made;
  // Never over a file the run read (a placement file, the config, the MIS export).
  writeOutput(opts.output, made.text, {
    inputs: [...made.inputs, ...(opts.compare ? [opts.compare] : [])],
    cwd: opts.cwd ?? process.cwd(),
  });
  return { text: '', exitCode: made.exitCode };
}

async function censusText(
  paths: string[],
  opts: CensusOptions,
): Promise<{ text: string; exitCode: number; inputs: string[] }> {
  const format = opts.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError(`census: --format is csv or json, not "${format}".`);
  if (opts.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.since))
    throw new UsageError(`census: --since is a date written YYYY-MM-DD, not "${opts.since}".`);
  const result = await check(paths, opts);
  const reasonCodes = result.config.census?.reason_codes ?? undefined;
  const rows = censusRows(result, { since: opts.since, reasonCodes });
  const inputs = result.inputs ?? result.checked.map((f) => f.path);
  if (!opts.compare)
    return { text: format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : censusCsv(rows), exitCode: 0, inputs };
  let text: string;
  try {
    text = (opts.readText ?? ((p: string) => readFileSync(p, 'utf8')))(opts.compare);
  } catch (e) {
    throw new UsageError(`census: cannot read ${opts.compare}: ${(e as Error).message}`);
  }
  const diffs = compareCensus(rows, readMisExport(text, opts.compare), opts.compare);
  if (format === 'json')
    return {
      text: `${JSON.stringify({ placements: rows.length, differences: diffs }, null, 2)}\n`,
      exitCode: diffs.length ? 1 : 0,
      inputs,
    };
  const head = diffs.length
    ? `${diffs.length} difference${diffs.length === 1 ? '' : 's'} between the placement files (${rows.length} placement${rows.length === 1 ? '' : 's'}) and ${opts.compare}:\n`
    : `The placement files (${rows.length} placement${rows.length === 1 ? '' : 's'}) and ${opts.compare} agree.\n`;
  return { text: head + diffs.map((d) => `  ${d}\n`).join(''), exitCode: diffs.length ? 1 : 0, inputs };
}
