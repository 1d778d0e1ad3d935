// The area rules, in the order their findings are listed. `area-school-left-out` is reported by the
// loader (a school that could not be read is not in the records the rules see).
import type { AreaRule } from './types.js';
import { areaUnregisteredFullTime } from './unregistered-full-time.js';
import { areaQaCoverage, areaQaDisagree } from './qa.js';
import { areaProviderIdentity } from './provider-identity.js';
import { areaSchoolErrors } from './school-errors.js';

export const AREA_RULES: readonly AreaRule[] = [areaUnregisteredFullTime, areaQaCoverage, areaQaDisagree, areaProviderIdentity, areaSchoolErrors];

/** Reported by the loader: a school named in area.yaml that could not be included. */
export const AREA_SCHOOL_LEFT_OUT = {
  id: 'area-school-left-out', defaultSeverity: 'error' as const,
  sources: ['Area SEND inspections: framework and handbook (2025): an overview of AP in the area'],
  description: 'A school named in area.yaml could not be included: its folder is missing, it has no config or URN, its config is wrong, or its URN repeats another school\'s',
};

export const AREA_RULE_IDS: readonly string[] = [AREA_SCHOOL_LEFT_OUT.id, ...AREA_RULES.map((r) => r.id)];
