// One check, worked out once: the as-of date, the school calendar, the thresholds, each rule's severity
// and every placement's state. The rules, the engine, suppressions, formatters and documents all read
// this object instead of passing the as-of date and the config from helper to helper.
//
// It grows by fields: a pupil register, attendance records and an area view over many schools each add
// what they read here, and add the files they checked to `checked` (so every formatter lists them).
import type { Config, Thresholds } from './model/config.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN } from './model/reference-pattern.js';
import type { CheckedFile, Severity } from './model/findings.js';
import { Calendar } from './model/calendar.js';
import {
  hasCurrentPartTime,
  placementState,
  pupilKey,
  pupilLabel,
  referenceProblem,
  type PlacementRecord,
  type PlacementState,
} from './model/placement.js';
import type { Pupil } from './model/pupils.js';
import { lookedAfterOf, sendOf } from './model/pupil-facts.js';
import { pupilWeek, weekFrame, type PupilWeek, type WeekFrame } from './model/week.js';
import { severityOf, type RuleMeta } from './model/rule-meta.js';
import type { Placement, Provider } from './model/schema.js';
import type { PlacementFile } from './load/placement-file.js';
import type { PupilRecord, PupilsFile } from './load/pupils-file.js';
import type { GiasIndex } from './gias/reader.js';
import { relative } from 'node:path';
import type { AttendanceRecords } from './attendance/read.js';
import { analyseAttendance, type AttendanceAnalysis } from './attendance/summary.js';

export interface ProviderItem {
  file: PlacementFile;
  provider: Provider;
  /** Whether the provider has an active or upcoming placement on the as-of date. */
  inUse: boolean;
}

export interface PlacementItem {
  file: PlacementFile;
  /** The provider block, when it is valid. */
  provider: Provider | undefined;
  record: PlacementRecord;
  placement: Placement;
  state: PlacementState;
  /** Data path of this placement in its file. */
  at: (string | number)[];
}

/** A pupil in AP joined to their register entry: the whole-week and vulnerable-pupil rules read these. */
export interface RegisterPupil {
  /** The register entry, when the pupil has one. */
  entry: PupilRecord | undefined;
  /** Active and upcoming placements, in file order (never empty). */
  items: PlacementItem[];
  /** The active ones among them. */
  active: PlacementItem[];
  /** The register's facts first, else the placements'. */
  yearGroup: 'R' | number | undefined;
  send: Pupil['send'];
  lookedAfter: boolean;
  socialWorker: boolean;
  /** A current part-time timetable, in the register or on any current placement. */
  partTime: boolean;
  week: PupilWeek;
  /** How messages name the pupil inside a sentence (never a reference that looks like personal data). */
  label: string;
  /** The earliest start among the active and upcoming placements. */
  earliestStart: string;
}

export interface Run {
  /** YYYY-MM-DD: every date rule judges as of this day. */
  readonly asOf: string;
  readonly config: Config;
  readonly thresholds: Thresholds;
  /** School days and term time from the config's term dates. */
  readonly calendar: Calendar;
  /** The as-of week (Monday to Friday) and which of its days are school days. */
  readonly week: WeekFrame;
  /** The GIAS extract, when one was given. */
  readonly gias?: GiasIndex;
  /** The attendance records (attendance/*.csv) matched to the placements and counted, when the folder exists. */
  readonly attendance?: AttendanceAnalysis;
  /** The placement files (every one checked, readable or not). */
  readonly files: readonly PlacementFile[];
  /** Every file checked, in order: placement files first; other kinds of file add themselves here. */
  readonly checked: CheckedFile[];
  /** The pupil register (pupils.yaml), when the school keeps one: in `checked`, not in `files`. */
  readonly register?: PupilsFile;
  /**
   * With a register: each pupil with an active or upcoming placement, joined to their register entry,
   * with their facts resolved and their week as of the as-of date (empty without a register).
   */
  readonly registerPupils: readonly RegisterPupil[];
  /** Every valid placement, with its state on the as-of date, in file order. */
  readonly placements: readonly PlacementItem[];
  /** Every valid provider block, with whether it is in use. */
  readonly providers: readonly ProviderItem[];
  /** The severity in force for a rule id ('off' also for an unknown id). */
  severity(ruleId: string): Severity | 'off';
  /** The rules of this run, by id. */
  readonly rules: ReadonlyMap<string, RuleMeta>;
  /**
   * How messages name the pupil of a placement: the reference, unless it looks like personal data or is not in
   * the school's pattern (pupil_reference_pattern), when it is hidden.
   */
  label(record: PlacementRecord): string;
  /** Whether a placement's pupil reference is hidden (it looks like personal data, or is not in the school's pattern). */
  refHidden(record: PlacementRecord): boolean;
  /**
   * What the rules work out from the run and share (by a name for what it is: `make()` the first time, the
   * same value after): kept on the run, so it ends with it. The value is shared, never to be changed.
   */
  memo<T>(key: string, make: () => T): T;
}

export interface RunOptions {
  asOf: string;
  config: Config;
  gias?: GiasIndex;
  /** The pupil register, when the school keeps one. */
  register?: PupilsFile;
  /** The rules whose severities the run resolves. */
  rules: readonly RuleMeta[];
  /** Attendance records read from the attendance folder. */
  attendance?: AttendanceRecords;
  /** The working folder, for the display paths of the attendance files (default: the process's). */
  cwd?: string;
}

export function createRun(files: readonly PlacementFile[], options: RunOptions): Run {
  const { asOf, config } = options;
  const placements: PlacementItem[] = [];
  const providers: ProviderItem[] = [];
  for (const file of files) {
    let inUse = false;
    for (const record of file.placements) {
      const state = placementState(record.placement, asOf);
      if (state !== 'ended') inUse = true;
      placements.push({
        file,
        provider: file.provider,
        record,
        placement: record.placement,
        state,
        at: ['placements', record.index],
      });
    }
    if (file.provider) providers.push({ file, provider: file.provider, inUse });
  }
  const rules = new Map(options.rules.map((r) => [r.id, r]));
  const severities = new Map(options.rules.map((r) => [r.id, severityOf(r, config.rules)]));
  const calendar = new Calendar(config.term_dates);
  const week = weekFrame(asOf, (iso) => calendar.isSchoolDay(iso));
  // No message names a pupil whose reference looks personal or is outside the school's own pattern.
  const pattern = config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN;
  // Each reference is judged once a run and each record labelled once: rules ask for the label of every
  // placement they look at, and judging a reference takes several regular expressions.
  const hiddenRefs = new Map<string, boolean>();
  const labels = new WeakMap<PlacementRecord, string>();
  const refHidden = (record: PlacementRecord) => {
    const ref = record.placement.pupil;
    let hidden = hiddenRefs.get(ref);
    if (hidden === undefined) hiddenRefs.set(ref, (hidden = referenceProblem(ref, pattern) !== undefined));
    return hidden;
  };
  const label = (record: PlacementRecord) => {
    let text = labels.get(record);
    if (text === undefined) labels.set(record, (text = pupilLabel(record, pattern, refHidden(record))));
    return text;
  };
  const memos = new Map<string, unknown>();
  const { register } = options;
  const checked: CheckedFile[] = register ? [...files, register] : [...files];
  let attendance: AttendanceAnalysis | undefined;
  if (options.attendance) {
    attendance = analyseAttendance(options.attendance, files, config, asOf, calendar);
    const cwd = options.cwd ?? process.cwd();
    const { files: csvs, followUps } = options.attendance;
    for (const path of followUps ? [...csvs, followUps] : csvs)
      checked.push({ path, displayPath: relative(cwd, path) || path });
  }
  return {
    asOf,
    config,
    thresholds: config.thresholds,
    calendar,
    week,
    gias: options.gias,
    attendance,
    files,
    checked,
    placements,
    providers,
    rules,
    register,
    registerPupils: register ? registerPupils(register, placements, { asOf, calendar, week, label }) : [],
    severity: (id) => severities.get(id) ?? 'off',
    label,
    refHidden,
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  };
}

/** The YAML documents checked: the placement files, then the register (their loader findings and suppressions). */
export const yamlFiles = (run: Run): readonly PlacementFile[] =>
  run.register ? [...run.files, run.register] : run.files;

/**
 * Each pupil with an active or upcoming placement, joined to their register entry. The rules that read
 * this run only when the school keeps a register: without one the school's own sessions are not known
 * anywhere, and those rules stay silent rather than flag every pupil.
 */
function registerPupils(
  register: PupilsFile,
  placements: readonly PlacementItem[],
  run: { asOf: string; calendar: Calendar; week: WeekFrame; label: (r: PlacementRecord) => string },
): RegisterPupil[] {
  const { asOf, calendar } = run;
  const byPupil = new Map<string, PlacementItem[]>();
  for (const item of placements) {
    if (item.state === 'ended') continue;
    const key = pupilKey(item.placement.pupil);
    let list = byPupil.get(key);
    if (!list) byPupil.set(key, (list = []));
    list.push(item);
  }
  const out: RegisterPupil[] = [];
  const isSchoolDay = (iso: string) => calendar.isSchoolDay(iso);
  for (const [key, items] of byPupil) {
    const entry = register.byRef.get(key);
    const e = entry?.pupil;
    const active = items.filter((i) => i.state === 'active');
    const pt = e?.part_time_timetable;
    out.push({
      entry,
      items,
      active,
      yearGroup: e?.year_group ?? items.find((i) => i.placement.year_group != null)?.placement.year_group ?? undefined,
      send: sendOf(
        e?.send,
        items.map((i) => i.placement.send),
      ),
      lookedAfter: lookedAfterOf(
        e?.looked_after,
        items.map((i) => i.placement.looked_after),
      ),
      socialWorker: e?.social_worker === true,
      partTime:
        (!!pt && (!pt.end_date || pt.end_date >= asOf)) || items.some((i) => hasCurrentPartTime(i.placement, asOf)),
      week: pupilWeek({
        asOf,
        schoolSessions: e?.school_sessions,
        placements: active.map((i) => ({
          provider: i.provider?.name ?? i.file.displayPath,
          placement: i.placement,
          online: i.provider?.delivery === 'online',
          id: i,
        })),
        isSchoolDay,
        frame: run.week,
      }),
      label: run.label(items[0].record),
      earliestStart: items.reduce(
        (min, i) => (i.placement.start_date < min ? i.placement.start_date : min),
        items[0].placement.start_date,
      ),
    });
  }
  return out;
}
