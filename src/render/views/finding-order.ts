// The order documents list findings in: errors first, then by what matters most to a child's safety and to
// the law: a provider that may be an unregistered school, then a provider's failed safeguarding, then a
// pupil whose whereabouts or safety is in doubt, then the rest of the placement records, and last the rows of
// attendance files that could not be read. Findings of equal weight keep the order the checks gave them.
import type { Finding } from '../../model/findings.js';

const RANK: Record<string, number> = {
  'unregistered-full-time': 0,
  'unregistered-full-time-check': 0,
  'safeguarding-checks': 1,
  'safeguarding-dsl': 1,
  'qa-failed': 1,
  'qa-required': 1,
  'missing-education-risk': 1,
  'whereabouts-unknown': 2,
  'whereabouts-gap': 2,
  'absence-not-followed-up': 2,
  'attendance-unknown-placement': 2,
  'risk-assessment': 2,
  'social-worker-informed': 2,
  'looked-after-virtual-school': 2,
  'free-text-sensitive': 2,
  'attendance-file': 5,
};
/** The placement records and provider blocks (YAML) before the attendance files' other findings. */
const OTHER_IN_RECORDS = 3;
const OTHER_ELSEWHERE = 4;

/** The findings in the order documents list them (a new array; `inRecords`: whether a file is a YAML record). */
export function byImportance<F extends Finding>(findings: readonly F[], inRecords: (file: string) => boolean): F[] {
  const rank = (f: Finding) => RANK[f.ruleId] ?? (inRecords(f.file) ? OTHER_IN_RECORDS : OTHER_ELSEWHERE);
  return findings
    .map((f, i) => ({ f, i, r: rank(f), e: f.severity === 'error' ? 0 : 1 }))
    .sort((a, b) => a.e - b.e || a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}
