// The area rules, in the order their findings are listed: area-school-left-out first (the schools that
// could not be checked), then the rules over the schools that were.
import type { AreaRule } from './types.js';
import { areaSchoolLeftOut } from './school-left-out.js';
import { areaUnregisteredFullTime } from './unregistered-full-time.js';
import { areaQaCoverage, areaQaDisagree } from './qa.js';
import { areaProviderIdentity } from './provider-identity.js';
import { areaSchoolErrors } from './school-errors.js';
import { areaDataStale } from './data-stale.js';

export const AREA_RULES: readonly AreaRule[] = [
  areaSchoolLeftOut,
  areaDataStale,
  areaUnregisteredFullTime,
  areaQaCoverage,
  areaQaDisagree,
  areaProviderIdentity,
  areaSchoolErrors,
];

export const AREA_RULE_IDS: readonly string[] = AREA_RULES.map((r) => r.id);

export const areaRuleById = (id: string) => AREA_RULES.find((r) => r.id === id);
