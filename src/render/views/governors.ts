// The governors' termly report (`render governors [--term autumn-2026]`): this term beside the last, with
// no pupil reference and no count of 1 or 2 printed exactly (counts use countText, as the area overview does:
// zero is 0, which tells nothing about a pupil).
import type { CheckResult } from '../../check.js';
import { nextTerm, previousTerm, termById, termOn, type Term } from '../../model/terms.js';
import { DESTINATION_LABELS, OUTCOME_RESULTS, QA_OUTCOMES, REGISTRATION_TYPES, label } from '../../model/labels.js';
import { englishDate } from '../../model/dates.js';
import { shownPercent, weeklyAttendance } from '../../attendance/weekly.js';
import { obligations } from '../../report/due.js';
import { kindWords } from '../../report/ics.js';
import { attendanceChart } from '../charts.js';
import { countText, type CountFormat } from './area/safe.js';
import { base, byText } from './context.js';
import { termFigures, type TermFigures } from './governors-figures.js';
import type { GovernorsRow } from './governors-types.js';
import { DOCUMENT_INFO, type GovernorsView, type ViewOptions } from './types.js';

const SMALL: CountFormat = { small: 3, exact: false };
const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;

export function governorsView(result: CheckResult, options: ViewOptions): GovernorsView {
  const { run } = result;
  const term: Term = options.term ? termById(run.calendar, options.term) : termOn(run.calendar, run.asOf);
  const last = previousTerm(run.calendar, term),
    next = nextTerm(run.calendar, term);
  const now = termFigures(run, term),
    before = termFigures(run, last);
  const c = (n: number) => countText(n, SMALL);
  const share = (a: number, b: number) =>
    b === 0
      ? 'none due'
      : b < SMALL.small
        ? `${c(a)} of ${c(b)}`
        : `${c(a)} of ${c(b)} (${Math.round((100 * a) / b)}%)`;
  const row = (labelText: string, f: (t: TermFigures) => string): GovernorsRow => ({
    label: labelText,
    thisTerm: f(now),
    lastTerm: f(before),
  });
  const rows = [
    row('Pupils in alternative provision during the term', (t) => c(t.pupils)),
    row('of whom with SEND', (t) => c(t.send)),
    row('of whom with an EHC plan', (t) => c(t.ehcp)),
    row('of whom looked after', (t) => c(t.lookedAfter)),
    row('of whom on a part-time timetable', (t) => c(t.partTime)),
    row('Placements started', (t) => c(t.started)),
    row('Placements ended', (t) => c(t.ended)),
    row('Half-terms reviewed on time (placements running through the half-term)', (t) =>
      share(t.reviewsOnTime, t.reviewsDue),
    ),
    row('Objectives met, of the placements that ended', (t) => share(t.objectivesMet, t.objectivesOf)),
  ];
  const keyed = (pick: (t: TermFigures) => Map<string, number>, words: (k: string) => string) =>
    [...new Set([...pick(now).keys(), ...pick(before).keys()])]
      .sort()
      .map((k) => ({ label: words(k), thisTerm: c(pick(now).get(k) ?? 0), lastTerm: c(pick(before).get(k) ?? 0) }));
  const outcomes = keyed(
    (t) => t.outcomes,
    (k) => (k === 'not-recorded' ? 'Outcome not recorded' : label(OUTCOME_RESULTS, k)!),
  );
  const destinations = keyed(
    (t) => t.destinations,
    (k) => (k === 'not-recorded' ? 'Destination not recorded' : (DESTINATION_LABELS[k] ?? k)),
  );
  // All pupils in AP together, week by week over the term: a week with fewer than 3 pupils marked is left out.
  const weeks = run.attendance
    ? weeklyAttendance(run.attendance, run.asOf, undefined, { from: term.start, to: term.end })
    : [];
  const providers = run.providers
    .filter((p) =>
      run.placements.some(
        (i) =>
          i.file === p.file &&
          i.placement.start_date <= term.end &&
          (!i.placement.end_date || i.placement.end_date >= term.start),
      ),
    )
    .map(({ provider: pr }) => {
      const qa = [...(pr.quality_assurance ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
      const sg = pr.safeguarding;
      const spend = now.spend.get(pr.name.trim());
      return {
        name: pr.name.trim(),
        registration: `${pr.registration.status === 'registered' ? 'Registered' : 'Unregistered'}${pr.registration.type ? ` (${label(REGISTRATION_TYPES, pr.registration.type)})` : ''}`,
        qa: qa ? `${label(QA_OUTCOMES, qa.outcome)}, ${englishDate(qa.date)}` : 'No QA recorded',
        safeguarding: sg?.staff_checks_confirmed
          ? `Staff checks confirmed ${englishDate(sg.staff_checks_confirmed)}${sg.policy_reviewed ? `; policy reviewed ${englishDate(sg.policy_reviewed)}` : '; policy not reviewed'}`
          : 'Staff checks not confirmed',
        spend: spend === undefined ? null : pounds(spend),
      };
    })
    .sort((a, b) => byText(a.name, b.name));
  const totalSpend = [...now.spend.values()].reduce((a, b) => a + b, 0);
  const dueKinds = new Map<string, number>();
  for (const o of obligations(run))
    if (o.date >= next.start && o.date <= next.end)
      dueKinds.set(kindWords(o.kind), (dueKinds.get(kindWords(o.kind)) ?? 0) + 1);
  const t = run.thresholds;
  const shown = weeks.filter((w) => w.possible >= 3 * 2);
  return {
    ...base(DOCUMENT_INFO.governors, result, options),
    term,
    lastTerm: last,
    nextTerm: next,
    rows,
    outcomes,
    destinations,
    attendanceSvg: shown.length
      ? attendanceChart(shown, {
          title: `Attendance of pupils in alternative provision by week, ${term.name}`,
          persistent: t.attendance_persistent_percent,
          severe: t.attendance_severe_percent,
        })
      : null,
    attendanceWeeks: shown.map((w) => ({ monday: w.monday, percent: `${shownPercent(w)}%` })),
    providers,
    spendTotal: now.spend.size ? pounds(totalSpend) : null,
    dueNextTerm: [...dueKinds.entries()].sort(([a], [b]) => byText(a, b)).map(([k, n]) => ({ label: k, count: c(n) })),
    smallCount: SMALL.small,
  };
}
