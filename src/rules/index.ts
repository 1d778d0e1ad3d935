// The registry: every rule, in the order the rule list documents them. Adding a rule = one file + one line here
// + docs/rules/<id>.md + its tests.
import type { Rule } from './types.js';
import { dateFormat, schema, yamlSyntax } from './file-rules.js';
import { suppressionInvalid } from './suppression-invalid.js';
import { postcodeFormat } from './postcode-format.js';
import { urnRequired } from './urn-required.js';
import { urnFormat } from './urn-format.js';
import { urnUnregistered } from './urn-unregistered.js';
import { urnUnknown } from './urn-unknown.js';
import { urnNameMismatch } from './urn-name-mismatch.js';
import { urnTypeMismatch } from './urn-type-mismatch.js';
import { unregisteredFullTime } from './unregistered-full-time.js';
import { unregisteredFullTimeCheck } from './unregistered-full-time-check.js';
import { unregisteredTimeLimits } from './unregistered-time-limits.js';
import { qaRequired } from './qa-required.js';
import { qaOverdue } from './qa-overdue.js';
import { qaNotVns } from './qa-not-vns.js';
import { qaFailed } from './qa-failed.js';
import { safeguardingChecks } from './safeguarding-checks.js';
import { safeguardingDsl } from './safeguarding-dsl.js';
import { safeguardingPolicy } from './safeguarding-policy.js';
import { attendanceReporting } from './attendance-reporting.js';
import { agreementRequired } from './agreement-required.js';
import { curriculumCore } from './curriculum-core.js';
import { curriculumPersonalDevelopment } from './curriculum-personal-development.js';
import { reasonRequired } from './reason-required.js';
import { hoursRequired } from './hours-required.js';
import { hoursMismatch } from './hours-mismatch.js';
import { sessionTimes } from './session-times.js';
import { datesOrder } from './dates-order.js';
import { plannedEndRequired } from './planned-end-required.js';
import { objectivesRequired } from './objectives-required.js';
import { reviewOverdue } from './review-overdue.js';
import { exitPlanRequired } from './exit-plan-required.js';
import { preCommissioningDiscussion } from './pre-commissioning-discussion.js';
import { laNotified } from './la-notified.js';
import { partTimeTimetable } from './part-time-timetable.js';
import { attendanceCode } from './attendance-code.js';
import { attendanceCodeOnline } from './attendance-code-online.js';
import { offSiteDirection } from './off-site-direction.js';
import { placementPastPlannedEnd } from './placement-past-planned-end.js';
import { destinationRequired } from './destination-required.js';
import { duplicatePupil } from './duplicate-pupil.js';
import { multipleProviders } from './multiple-providers.js';
import { combinedHours } from './combined-hours.js';
import { pupilFactsConflict } from './pupil-facts-conflict.js';
import { pupilReference } from './pupil-reference.js';

export const RULES: readonly Rule[] = [
  // file and schema
  yamlSyntax, schema, dateFormat, suppressionInvalid,
  // provider
  postcodeFormat, urnRequired, urnFormat, urnUnregistered, urnUnknown, urnNameMismatch, urnTypeMismatch,
  unregisteredFullTime, unregisteredFullTimeCheck, unregisteredTimeLimits,
  qaRequired, qaOverdue, qaNotVns, qaFailed,
  safeguardingChecks, safeguardingDsl, safeguardingPolicy,
  attendanceReporting, agreementRequired, curriculumCore, curriculumPersonalDevelopment,
  // placement
  reasonRequired, hoursRequired, hoursMismatch, sessionTimes, datesOrder, plannedEndRequired,
  objectivesRequired, reviewOverdue, exitPlanRequired, preCommissioningDiscussion, laNotified,
  partTimeTimetable, attendanceCode, attendanceCodeOnline, offSiteDirection,
  placementPastPlannedEnd, destinationRequired, duplicatePupil,
  // across files
  multipleProviders, combinedHours, pupilFactsConflict, pupilReference,
];

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
