// Each school's pupils in AP with the facts its own check counts (the register's first, else the
// placements'), worked out once per school and shared by the area rules and the overview.
import { pupilFacts, type PupilFacts } from '../model/pupil-facts.js';
import { fullTimePupils } from '../rules/utils/full-time.js';
import type { Thresholds } from '../model/config.js';
import type { PlacementFile } from '../load/placement-file.js';
import type { AreaSchool } from './schools.js';

/** The school's pupils with an active placement, by `pupilKey`, with their facts (kept on the school's own Run). */
export function schoolPupils(school: AreaSchool): Map<string, PupilFacts> {
  return school.result.run.memo('area:pupil-facts', () => pupilFacts(school.result.run));
}

/** Of compulsory school age by the year group the school's figures use (12 and 13 are past it). */
export const compulsory = (f: PupilFacts | undefined) => f?.yearGroup !== 12 && f?.yearGroup !== 13;

/** The pupils full-time at the provider (this school's file), of compulsory school age by the register's year group. */
export function fullTimeAt(school: AreaSchool, file: PlacementFile, asOf: string, t: Thresholds): string[] {
  const facts = schoolPupils(school);
  return [...fullTimePupils(file, asOf, t, { anyAge: true }).keys()].filter((ref) => compulsory(facts.get(ref)));
}
