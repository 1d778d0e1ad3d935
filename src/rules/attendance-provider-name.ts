import { defineRule } from './types.js';
import { plural } from '../model/wording.js';
import type { AttendanceAnalysis } from '../attendance/summary.js';
import { LEGAL_FORM, SPELLING } from '../attendance/providers.js';
import { markAt, providerFileName } from '../attendance/describe.js';
import { WHEREABOUTS_SOURCE } from '../model/sources.js';

/** Per CSV file and provider text matched as a near miss: its first mark and how many rows name it so. */
export function nearProviderNames(a: AttendanceAnalysis): { mark: number; rows: number }[] {
  const { marks } = a.records,
    { how } = a.providerMatches;
  const first = new Map<number, { mark: number; rows: number }>();
  for (let i = 0; i < marks.length; i++) {
    if (how[marks.provider[i]] !== LEGAL_FORM && how[marks.provider[i]] !== SPELLING) continue;
    const key = marks.file[i] * 1_048_576 + marks.provider[i];
    const seen = first.get(key);
    if (seen) seen.rows++;
    else first.set(key, { mark: i, rows: 1 });
  }
  return [...first.values()];
}

export const attendanceProviderName = defineRule({
  id: 'attendance-provider-name',
  defaultSeverity: 'warn',
  sources: [WHEREABOUTS_SOURCE],
  thresholds: [],
  description: () =>
    "An attendance file names a provider close to, but not the same as, a provider file's name (a legal form such as Ltd added or left out, or a small spelling difference): its marks are counted as that provider's, and the finding says so (once per CSV file and provider)",
  messages: {
    // The CSV's own text is never repeated (it may be a slip of something personal): the provider file's name is.
    legalForm: ({ name, file, rows }: { name: string; file: string; rows: number }) =>
      `${plural(rows, 'row')} of this file ${rows === 1 ? 'names' : 'name'} the provider as "${name}" with a legal form (such as Ltd or CIC) added or left out: ${rows === 1 ? 'its mark was' : 'their marks were'} counted as "${name}"'s. Write the provider column as "${name}" or ${file}, so no mark can be matched to the wrong provider.`,
    spelling: ({ name, file, rows }: { name: string; file: string; rows: number }) =>
      `${plural(rows, 'row')} of this file ${rows === 1 ? 'names' : 'name'} a provider spelt slightly differently from "${name}": ${rows === 1 ? 'its mark was' : 'their marks were'} counted as "${name}"'s, the only provider with a name this close. Check it is that provider, then write the provider column as "${name}" or ${file}.`,
  },
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return;
    for (const { mark, rows } of nearProviderNames(a)) {
      const file = a.files[a.fileOf[mark]];
      const how = a.providerMatches.how[a.records.marks.provider[mark]];
      ctx.report(markAt(a.records, mark, 'provider'), how === LEGAL_FORM ? 'legalForm' : 'spelling', {
        name: file.provider!.name,
        file: providerFileName(file),
        rows,
      });
    }
  },
});
