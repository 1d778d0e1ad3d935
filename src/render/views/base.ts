// The header and counts every document opens with: the school, the as-of date, the summary figures and the
// open issues.
import type { CheckResult } from '../../check.js';
import { yamlFiles } from '../../run.js';
import { attendanceOverall } from './timetable.js';
import type { BaseView, DocumentInfo, ViewOptions } from './types.js';
import { findingView, generatedAt, text } from './view-helpers.js';
import { byImportance } from './finding-order.js';

export function base(document: DocumentInfo, result: CheckResult, options: ViewOptions): BaseView {
  const school = result.config.school;
  const name = text(school?.name ?? null);
  const c = result.counts;
  const files = new Map(yamlFiles(result.run).map((f) => [f.path, f]));
  const errors = byImportance(
    result.findings.filter((f) => f.severity === 'error' && !f.suppression),
    (path) => files.has(path),
  );
  const shown = options.openIssuesShown ?? 8;
  const findingsShown = document.id === 'findings' || options.includeFindings === true;
  const attendance = attendanceOverall(result);
  return {
    document,
    school: {
      name,
      nameSet: name !== null,
      urn: school?.urn === undefined || school?.urn === null ? null : String(school.urn),
      dsl: text(school?.dsl ?? null),
    },
    asOf: result.asOf,
    generatedAt: generatedAt(options.now),
    version: options.version,
    counts: c,
    summary: [
      { label: 'Pupils in alternative provision', value: c.pupils },
      { label: 'With SEND', value: c.send },
      { label: 'With an EHC plan', value: c.ehcp },
      { label: 'On a part-time timetable', value: c.partTime },
      { label: 'Looked after', value: c.lookedAfter },
      { label: 'Registered providers in use', value: c.providersRegistered },
      { label: 'Unregistered providers in use', value: c.providersUnregistered },
      ...(attendance === null
        ? []
        : [
            {
              label: `Attendance, last ${result.run.thresholds.attendance_window_weeks} school weeks (${attendance.pupils === 1 ? "1 pupil's" : `${attendance.pupils} pupils'`} marks)`,
              value: `${attendance.percent}%`,
            },
          ]),
    ],
    openIssues: {
      count: errors.length,
      items: errors.slice(0, shown).map((f) => findingView(f, files.get(f.file))),
      more: Math.max(0, errors.length - shown),
    },
    findingsShown,
  };
}
