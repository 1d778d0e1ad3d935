// One pupil's facts as a school's figures count them, from the run's placements and pupil register. Kept
// apart from the engine so the area rules (which `ap-ready rules` lists) read it without loading the checks.
import type { Placement } from './schema.js';
import type { SEND_STATUSES } from './enums.js';
import { hasCurrentPartTime, pupilKey } from './placement.js';

type SendStatus = (typeof SEND_STATUSES)[number];
const SEND_RANK: Record<SendStatus, number> = { none: 0, 'sen-support': 1, ehcp: 2 };

/**
 * A pupil's SEND status (an EHC plan among them) as every figure and document shows it: the pupil
 * register's when it records one (the register wins over a placement that disagrees), else the highest any
 * of the pupil's placements records.
 */
export function sendOf(registerSend: SendStatus | null | undefined, placementSends: readonly SendStatus[]): SendStatus {
  if (registerSend) return registerSend;
  return placementSends.reduce<SendStatus>((a, b) => (SEND_RANK[b] > SEND_RANK[a] ? b : a), 'none');
}

/** Whether a pupil is looked after, as every figure and document shows it: the register's when it says, else any placement's. */
export function lookedAfterOf(registerValue: boolean | null | undefined, placementValues: readonly boolean[]): boolean {
  return registerValue ?? placementValues.some(Boolean);
}

/** What pupilFacts reads of a run. */
export interface FactsSource {
  asOf: string;
  placements: readonly { placement: Placement; state: string }[];
  registerPupils: readonly {
    entry: unknown;
    active: readonly { placement: Placement }[];
    send: string | null | undefined;
    partTime: boolean;
    lookedAfter: boolean;
    yearGroup: 'R' | number | undefined;
  }[];
}

/** One pupil's facts as the school's figures count them: the register's first, else the placements'. */
export interface PupilFacts {
  send: boolean;
  ehcp: boolean;
  partTime: boolean;
  lookedAfter: boolean;
  /** The register's year group, else the first active placement's that has one. */
  yearGroup: 'R' | number | undefined;
}

/**
 * Each pupil with an active placement (by `pupilKey`), with the facts the school's counts use. The
 * school's summary, every document and the area view count from this one function, so a pupil is an
 * EHC-plan or part-time pupil in the area's figures exactly when the school's own check says so.
 */
export function pupilFacts(run: FactsSource): Map<string, PupilFacts> {
  const facts = new Map<string, PupilFacts>();
  for (const { placement: p, state } of run.placements) {
    if (state !== 'active') continue;
    const key = pupilKey(p.pupil);
    const f = facts.get(key) ?? { send: false, ehcp: false, partTime: false, lookedAfter: false, yearGroup: undefined };
    if (p.send === 'sen-support' || p.send === 'ehcp') f.send = true;
    if (p.send === 'ehcp') f.ehcp = true;
    if (hasCurrentPartTime(p, run.asOf)) f.partTime = true;
    if (p.looked_after) f.lookedAfter = true;
    if (f.yearGroup === undefined && p.year_group != null) f.yearGroup = p.year_group;
    facts.set(key, f);
  }
  // With a pupil register the pupil's facts come from it (a part-time timetable may be written there only).
  for (const rp of run.registerPupils) {
    if (!rp.entry || !rp.active.length) continue;
    const f = facts.get(pupilKey(rp.active[0].placement.pupil));
    if (!f) continue;
    f.send = rp.send === 'sen-support' || rp.send === 'ehcp';
    f.ehcp = rp.send === 'ehcp';
    f.partTime = rp.partTime;
    f.lookedAfter = rp.lookedAfter;
    if (rp.yearGroup !== undefined) f.yearGroup = rp.yearGroup;
  }
  return facts;
}
