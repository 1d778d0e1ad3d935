// iCalendar (RFC 5545) for `ap-ready due --format ics`, written here rather than by a library: one
// all-day event per obligation, a UID that stays the same for the same obligation (so importing the file
// again updates events rather than adding copies), CRLF line ends, lines folded at 75 octets and text
// escaped. Only pseudonymous references appear: the titles name pupils as the findings do.
import type { Obligation } from './due.js';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * A content line folded so no line is longer than 75 octets (RFC 5545 3.1): each continuation begins with
 * one space. Folds fall between characters, never inside a UTF-8 sequence.
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '',
    octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
/** A UTC date-time in basic form: 20261116T093000Z. */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const KIND_WORDS: Record<Obligation['kind'], string> = {
  review: 'Placement review',
  objective: 'Objective date',
  'planned-end': 'Planned end',
  'maximum-end': 'Maximum end',
  'part-time-review': 'Part-time timetable review',
  'part-time-end': 'Part-time timetable end',
  'pep-review': 'PEP review',
  'staff-checks': 'Staff checks',
  'safeguarding-policy': 'Safeguarding policy',
  qa: 'Quality assurance',
  agreement: 'Agreement',
  'la-notification': 'LA notification',
};
export const kindWords = (k: Obligation['kind']) => KIND_WORDS[k];

export function toIcs(list: readonly Obligation[], opts: { calendarName: string; asOf: string; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ap-ready//due list//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName)}`,
  ];
  for (const o of list) {
    const overdue = o.date < opts.asOf ? ' (overdue)' : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${o.uid}`,
      `DTSTAMP:${stamp(opts.now)}`,
      `DTSTART;VALUE=DATE:${basic(o.date)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(o.date))}`,
      `SUMMARY:${escapeText(`${o.title}${overdue}`)}`,
      `DESCRIPTION:${escapeText(`${kindWords(o.kind)}. Recorded in ${o.file}:${o.line}:${o.column}. From ap-ready due, as of ${opts.asOf}.`)}`,
      `CATEGORIES:${escapeText(kindWords(o.kind))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
