// Each document's view, worked out here so the templates only lay it out. Dates stay ISO and numbers
// stay numbers: the templates' helpers write them the English way. Pupils appear only by their
// pseudonymous reference, and not even that when it looks like personal data.
import type { CheckResult } from '../../check.js';
import type { DocumentId, DocumentView, ViewOptions } from './types.js';
import { planningCallView } from './planning-call.js';
import { providerQaView } from './provider-qa.js';
import { placementRecordsView } from './placement-records.js';
import { findingsView } from './findings.js';
import { attendanceView } from './attendance.js';
import { whereaboutsView } from './whereabouts.js';
import { pupilView } from './pupil.js';
import { governorsView } from './governors.js';

export * from './types.js';
export type * from './week-types.js';
export { planningCallView, providerQaView, placementRecordsView, findingsView, attendanceView, whereaboutsView };

export function buildView(document: DocumentId, result: CheckResult, options: ViewOptions): DocumentView {
  switch (document) {
    case 'planning-call':
      return planningCallView(result, options);
    case 'provider-qa':
      return providerQaView(result, options);
    case 'placement-records':
      return placementRecordsView(result, options);
    case 'findings':
      return findingsView(result, options);
    case 'attendance':
      return attendanceView(result, options);
    case 'whereabouts':
      return whereaboutsView(result, options);
    case 'pupil':
      return pupilView(result, options);
    case 'governors':
      return governorsView(result, options);
  }
}
