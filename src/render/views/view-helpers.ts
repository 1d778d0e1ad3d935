// Small pieces every document's view uses: trimmed text, English sorting, when a document was made, how a
// file and a pupil are named, a finding in words.
import type { Finding } from '../../model/findings.js';
import type { PlacementFile, PlacementRecord } from '../../load/placement-file.js';
import { PupilsFile } from '../../load/pupils-file.js';
import type { Placement } from '../../model/schema.js';
import { personalDataKind } from '../../model/placement.js';
import type { FindingView } from './record-types.js';

export const text = (value: string | null | undefined) =>
  value === undefined || value === null || value.trim() === '' ? null : value.trim();
// One collator for every comparison: localeCompare with a locale and options builds a new one on each call, which
// made sorting take 70 % of the time of the planning call's HTML for 300 providers (CPU profile; 5.8 s of CPU
// at load ~17). The order is the same: localeCompare with these arguments is defined as this collator's compare.
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
export const byText = (a: string, b: string) => collator.compare(a, b);

/** "25 November 2026 at 20:41": when a document was made, on every document's first page. */
export function generatedAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()} at ${p(now.getHours())}:${p(now.getMinutes())}`;
}

// The pupil register is checked beside the placement files; its findings are headed by what it is.
export const providerName = (file: PlacementFile) =>
  file.provider?.name.trim() || (file instanceof PupilsFile ? 'Pupil register' : file.displayPath);

export function findingView(f: Finding, file: PlacementFile | undefined): FindingView {
  return {
    severity: f.severity,
    severityLabel: f.severity === 'error' ? 'Error' : 'Warning',
    rule: f.ruleId,
    message: f.message,
    // A finding outside the placement records and register is about an attendance file: named by what it is, never by its path.
    provider: file ? providerName(file) : 'Attendance records',
    file: file?.displayPath ?? f.file,
    line: f.line,
    column: f.column,
    justification: f.suppression?.justification ?? null,
  };
}

/** A pupil's reference as documents print it: hidden when it looks like a name, a date, an email address or a UPN. */
export function pupilReference(record: PlacementRecord): { reference: string; hidden: boolean } {
  return personalDataKind(record.placement.pupil)
    ? { reference: `Reference hidden (placement ${record.index + 1} in the file)`, hidden: true }
    : { reference: record.placement.pupil.trim(), hidden: false };
}

export const yearGroup = (p: Placement) =>
  p.year_group === undefined || p.year_group === null
    ? null
    : p.year_group === 'R'
      ? 'Reception'
      : `Year ${p.year_group}`;

/** The same day a year before (29 February becomes 28 February). */
export function yearBefore(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${String(Number(y) - 1).padStart(4, '0')}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}
