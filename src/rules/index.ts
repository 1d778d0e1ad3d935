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
import { textTooLong } from './text-too-long.js';
import { plannedEndRequired } from './planned-end-required.js';
import { objectivesRequired } from './objectives-required.js';
import { reviewOverdue } from './review-overdue.js';
import { reviewFrequency } from './review-frequency.js';
import { nextReviewMissed } from './next-review-missed.js';
import { objectiveOverdue } from './objective-overdue.js';
import { progressNotRecorded } from './progress-not-recorded.js';
import { pupilVoiceMissing } from './pupil-voice-missing.js';
import { placementPastMaximum } from './placement-past-maximum.js';
import { placementLongRunning } from './placement-long-running.js';
import { outcomeRequired } from './outcome-required.js';
import { missingEducationRisk } from './missing-education-risk.js';
import { attendanceDeclining } from './attendance-declining.js';
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
import { whereaboutsUnknown } from './whereabouts-unknown.js';
import { educationBelowFullTime } from './education-below-full-time.js';
import { whereaboutsGap } from './whereabouts-gap.js';
import { sessionClash } from './session-clash.js';
import { lookedAfterVirtualSchool } from './looked-after-virtual-school.js';
import { lookedAfterPep } from './looked-after-pep.js';
import { ehcpLaConsulted } from './ehcp-la-consulted.js';
import { partTimeLaInformed } from './part-time-la-informed.js';
import { socialWorkerInformed } from './social-worker-informed.js';
import { riskAssessment } from './risk-assessment.js';
import { attendanceFile } from './attendance-file.js';
import { attendanceUnknownPlacement } from './attendance-unknown-placement.js';
import { attendanceProviderName } from './attendance-provider-name.js';
import { attendanceMissing } from './attendance-missing.js';
import { attendanceReportedLate } from './attendance-reported-late.js';
import { absenceNotFollowedUp } from './absence-not-followed-up.js';
import { attendanceLow } from './attendance-low.js';
import { freeTextSensitive } from './free-text-sensitive.js';

export const RULES: readonly Rule[] = [
  // file and schema
  yamlSyntax,
  schema,
  dateFormat,
  suppressionInvalid,
  // provider
  postcodeFormat,
  urnRequired,
  urnFormat,
  urnUnregistered,
  urnUnknown,
  urnNameMismatch,
  urnTypeMismatch,
  unregisteredFullTime,
  unregisteredFullTimeCheck,
  unregisteredTimeLimits,
  qaRequired,
  qaOverdue,
  qaNotVns,
  qaFailed,
  safeguardingChecks,
  safeguardingDsl,
  safeguardingPolicy,
  attendanceReporting,
  agreementRequired,
  curriculumCore,
  curriculumPersonalDevelopment,
  // placement
  reasonRequired,
  hoursRequired,
  hoursMismatch,
  sessionTimes,
  datesOrder,
  textTooLong,
  plannedEndRequired,
  objectivesRequired,
  reviewOverdue,
  exitPlanRequired,
  preCommissioningDiscussion,
  laNotified,
  partTimeTimetable,
  attendanceCode,
  attendanceCodeOnline,
  offSiteDirection,
  placementPastPlannedEnd,
  destinationRequired,
  duplicatePupil,
  // the journey: reviews, progress against objectives, how long, how it ended
  reviewFrequency,
  nextReviewMissed,
  objectiveOverdue,
  progressNotRecorded,
  pupilVoiceMissing,
  placementPastMaximum,
  placementLongRunning,
  outcomeRequired,
  missingEducationRisk,
  // across files
  multipleProviders,
  combinedHours,
  pupilFactsConflict,
  pupilReference,
  freeTextSensitive,
  // the pupil's whole week (pupil register)
  whereaboutsUnknown,
  educationBelowFullTime,
  whereaboutsGap,
  sessionClash,
  // vulnerable pupils
  lookedAfterVirtualSchool,
  lookedAfterPep,
  ehcpLaConsulted,
  partTimeLaInformed,
  socialWorkerInformed,
  riskAssessment,
  // attendance records (attendance/*.csv)
  attendanceFile,
  attendanceUnknownPlacement,
  attendanceProviderName,
  attendanceMissing,
  attendanceReportedLate,
  absenceNotFollowedUp,
  attendanceLow,
  attendanceDeclining,
  // children missing education: continuous unauthorised absence in the marks
];

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
