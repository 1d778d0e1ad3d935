import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/reference-pattern.js';
import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';
import type { AttendanceAnalysis } from '../attendance/summary.js';
import { markAt, markDate, markProvider, markPupil, markSession, providerFileName } from '../attendance/describe.js';
import { WHEREABOUTS_SOURCE, KCSIE_AP } from '../model/sources.js';

type Kind = 'unknownProvider' | 'noPlacement' | 'notRunning';

const messages = {
  unknownProvider: (d: { more: number; closest?: string; closestFile?: string }) =>
    `The provider in this row is not one the school records${d.more ? ` (${d.more} more ${d.more === 1 ? 'row names' : 'rows name'} it)` : ''}${d.closest ? `; the closest the school records is "${d.closest}"` : ''}: ${d.closest ? `if it is that provider, write "${d.closest}" or ${d.closestFile} in the provider column, otherwise ` : ''}find out where the pupil was, and add the provider's file if the school placed the pupil there. A pupil marked at a provider the school does not know of is a safeguarding question.`,
  noPlacement: (d: { pupil: string; provider: string; more: number }) =>
    sentence(
      `${d.pupil} is marked at ${d.provider}, but the school has no placement of this pupil there${d.more ? ` (${d.more} more ${d.more === 1 ? 'row' : 'rows'})` : ''}: find out where the pupil was and why, then add the placement or correct the row.`,
    ),
  notRunning: (d: { pupil: string; provider: string; date: string; session: string }) =>
    sentence(
      `${d.pupil} is marked at ${d.provider} on ${d.date} (${d.session}), but no placement of this pupil there runs on that day: check the placement's start_date and end_date, or the date in this row.`,
    ),
};

/** Marks with no placement, grouped: an unknown provider once per CSV file, an unknown pupil once per file and provider. */
export function unknownPlacementMarks(a: AttendanceAnalysis): { mark: number; kind: Kind; more: number }[] {
  const { marks } = a.records;
  const first = new Map<string, { mark: number; kind: Kind; more: number }>();
  const out: { mark: number; kind: Kind; more: number }[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (a.placementOf[i] >= 0) continue;
    let key: string | undefined, kind: Kind;
    if (a.fileOf[i] < 0) {
      kind = 'unknownProvider';
      key = `${marks.file[i]}\0${marks.provider[i]}`;
    } else if (!a.hasPupilAt(marks.pupil[i], a.fileOf[i])) {
      kind = 'noPlacement';
      key = `${marks.file[i]}\0${marks.provider[i]}\0${marks.pupil[i]}`;
    } else {
      kind = 'notRunning'; // one finding per mark: each is a day the school cannot account for
    }
    if (key === undefined) {
      out.push({ mark: i, kind, more: 0 });
      continue;
    }
    const seen = first.get(key);
    if (seen) seen.more++;
    else {
      const f = { mark: i, kind, more: 0 };
      first.set(key, f);
      out.push(f);
    }
  }
  return out;
}

/** The provider file closest by name to a mark's unmatched provider text: its name and file name without .yaml. */
function closestProvider(a: AttendanceAnalysis, i: number): { name: string; file: string } | undefined {
  const f = a.providerMatches.closest[a.records.marks.provider[i]];
  const provider = f >= 0 ? a.files[f].provider : undefined;
  return provider && { name: provider.name, file: providerFileName(a.files[f]) };
}

export const attendanceUnknownPlacement = defineRule({
  id: 'attendance-unknown-placement',
  defaultSeverity: 'error',
  sources: [KCSIE_AP, WHEREABOUTS_SOURCE],
  thresholds: [],
  description: () => 'An attendance mark for a pupil, provider and date with no placement running then',
  messages,
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return;
    const r = a.records;
    for (const { mark: i, kind, more } of unknownPlacementMarks(a)) {
      const field = kind === 'unknownProvider' ? 'provider' : kind === 'noPlacement' ? 'pupil' : 'date';
      const closest = kind === 'unknownProvider' ? closestProvider(a, i) : undefined;
      ctx.report(markAt(r, i, field), kind, {
        closest: closest?.name,
        closestFile: closest?.file,
        pupil: markPupil(r, i, ctx.run.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN),
        provider: markProvider(a, i),
        date: markDate(r, i),
        session: markSession(r, i),
        more,
      });
    }
  },
});
