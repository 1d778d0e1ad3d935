// `ap-ready due` as text: stylish (for people), json, csv (for a spreadsheet) and ics (report/ics.ts).
import type { Obligation } from './due.js';
import { kindWords } from './ics.js';
import { plural } from '../model/wording.js';

export const DUE_FORMATS = ['stylish', 'json', 'csv', 'ics'] as const;
export type DueFormat = (typeof DUE_FORMATS)[number];

const when = (days: number) =>
  days < 0 ? `${plural(-days, 'day')} overdue` : days === 0 ? 'due today' : `in ${plural(days, 'day')}`;

export function stylish(list: readonly Obligation[], asOf: string, within: number): string {
  const head = `Obligations overdue or due within ${plural(within, 'day')} of ${asOf}`;
  if (!list.length) return `${head}: none.\n`;
  const overdue = list.filter((o) => o.days < 0),
    soon = list.filter((o) => o.days >= 0);
  const block = (title: string, items: readonly Obligation[]) =>
    items.length
      ? [
          `${title}:`,
          ...items.map(
            (o) =>
              `  ${o.date}  ${when(o.days).padEnd(16)}  ${o.title}\n  ${' '.repeat(10)}  ${' '.repeat(16)}  ${o.file}:${o.line}:${o.column}`,
          ),
          '',
        ]
      : [];
  return [
    `${head}:`,
    '',
    ...block('Overdue', overdue),
    ...block(`Due within ${plural(within, 'day')}`, soon),
    `${plural(overdue.length, 'obligation')} overdue, ${soon.length} due soon.`,
    '',
  ].join('\n');
}

export function json(list: readonly Obligation[], asOf: string, within: number): string {
  return `${JSON.stringify(
    {
      asOf,
      withinDays: within,
      obligations: list.map((o) => ({
        date: o.date,
        days: o.days,
        overdue: o.days < 0,
        kind: o.kind,
        title: o.title,
        provider: o.provider ?? null,
        pupil: o.pupilRef ?? null,
        uid: o.uid,
        file: o.file,
        line: o.line,
        column: o.column,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A CSV cell (RFC 4180), and never a formula: a cell starting with = + - @ is prefixed with ' for spreadsheets. */
const cell = (v: string | number | null | undefined) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csv(list: readonly Obligation[]): string {
  const rows = [['date', 'days', 'overdue', 'kind', 'what', 'provider', 'pupil', 'file', 'line', 'column']];
  for (const o of list)
    rows.push([
      o.date,
      String(o.days),
      o.days < 0 ? 'yes' : 'no',
      kindWords(o.kind),
      o.title,
      o.provider ?? '',
      o.pupilRef ?? '',
      o.file,
      String(o.line),
      String(o.column),
    ]);
  return rows.map((r) => r.map((v, i) => (i === 1 || i >= 8 ? v : cell(v))).join(',')).join('\r\n') + '\r\n';
}
