// Late reporting per provider: when each mark was reported against the start of its session (its own HH:MM,
// or the placement's timetabled session in that half of that weekday), against the provider's within_minutes.
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import { minutesOf } from '../model/dates.js';
import { AFTERNOON, NOON, WEEKDAYS, weekdayOf, type PlacementAttendance, type ProviderReporting } from './counted.js';
import { AM, NO_TIME, PM } from './marks.js';
import type { AttendanceRecords } from './read.js';

/** Per placement: its timetabled session's start in each half of each weekday (weekday × 2 + half), or -1; `cache` is the analysis's. */
function timetabledStarts(record: PlacementRecord, cache: Map<PlacementRecord, Int16Array>): Int16Array {
  let starts = cache.get(record);
  if (!starts) {
    starts = new Int16Array(14).fill(-1);
    for (let wd = 0; wd < 7; wd++) {
      for (const half of [AM, PM])
        starts[wd * 2 + (half === AM ? 0 : 1)] = timetabledStart(record, WEEKDAYS[wd], half) ?? -1;
    }
    cache.set(record, starts);
  }
  return starts;
}

/** The start of the session a mark is for: its own HH:MM, or the timetabled session in that half of that weekday. */
function sessionStart(
  records: AttendanceRecords,
  i: number,
  pa: PlacementAttendance,
  cache: Map<PlacementRecord, Int16Array>,
): number | undefined {
  const s = records.marks.session[i];
  if (s >= 0) return s;
  const start = timetabledStarts(pa.record, cache)[weekdayOf(records.marks.day[i]) * 2 + (s === AM ? 0 : 1)];
  return start < 0 ? undefined : start;
}

function timetabledStart(record: PlacementRecord, wd: string, s: number): number | undefined {
  const pa = { record };
  let best: number | undefined;
  for (const session of pa.record.placement.sessions ?? []) {
    let start = minutesOf(session.start);
    const end = minutesOf(session.end);
    if (session.day !== wd || start === undefined || end === undefined) continue;
    if (s === AM && start >= NOON) continue;
    if (s === PM) {
      if (start < NOON && end <= AFTERNOON) continue;
      if (start < NOON) start = AFTERNOON;
    }
    if (best === undefined || start < best) best = start;
  }
  return best;
}

export function reporting(
  records: AttendanceRecords,
  files: readonly PlacementFile[],
  placements: PlacementAttendance[],
  placementOf: Int32Array,
  defaultMinutes: number,
  asOfDay: number,
): ProviderReporting[] {
  const byFile = new Map<PlacementFile, { delays: number[]; reported: number; worst: number; worstMark: number }>();
  const { marks } = records;
  const starts = new Map<PlacementRecord, Int16Array>();
  for (let i = 0; i < marks.length; i++) {
    const pi = placementOf[i];
    if (pi < 0 || marks.reportedAt[i] === NO_TIME || marks.day[i] >= asOfDay) continue;
    const pa = placements[pi];
    const start = sessionStart(records, i, pa, starts);
    if (start === undefined) continue;
    let r = byFile.get(pa.file);
    if (!r) byFile.set(pa.file, (r = { delays: [], reported: 0, worst: -Infinity, worstMark: -1 }));
    r.reported++;
    const within = pa.file.provider?.attendance_reporting?.within_minutes ?? defaultMinutes;
    const delay = marks.reportedAt[i] - (marks.day[i] * 1440 + start);
    if (delay > within) {
      r.delays.push(delay);
      if (delay > r.worst) {
        r.worst = delay;
        r.worstMark = i;
      }
    }
  }
  return files
    .filter((f) => byFile.has(f))
    .map((file) => {
      const r = byFile.get(file)!;
      const sorted = r.delays.sort((a, b) => a - b);
      const withinMinutes = file.provider?.attendance_reporting?.within_minutes ?? defaultMinutes;
      if (sorted.length === 0) return { file, reported: r.reported, late: 0, withinMinutes };
      const median =
        sorted.length % 2
          ? sorted[sorted.length >> 1]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      return {
        file,
        reported: r.reported,
        late: sorted.length,
        withinMinutes,
        medianLateMinutes: median,
        worstMinutes: r.worst,
        worstMark: r.worstMark,
      };
    });
}
