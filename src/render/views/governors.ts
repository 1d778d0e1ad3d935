// The governors' termly report (`render governors [--term autumn-2026]`): this term beside the last, with
// no pupil reference and no count of 1 or 2 printed exactly or left to be worked out by subtraction (counts
// standing alone use countText, as the area overview does: zero is 0, which tells nothing about a pupil; the
// counts that add up to others go through governors-safe.ts).
import type { CheckResult } from '../../check.js';
import { nextTerm, previousTerm, termById, termOn, type Term } from '../../model/terms.js';
import { DESTINATION_LABELS, OUTCOME_RESULTS, QA_OUTCOMES, REGISTRATION_TYPES, label } from '../../model/labels.js';
import { englishDate } from '../../model/dates.js';
import { shownPercent, weeklyAttendance } from '../../attendance/weekly.js';
import { obligations } from '../../report/due.js';
import { kindWords } from '../../report/ics.js';
import { attendanceChart } from '../charts.js';
import { countText, type CountFormat } from './area/safe.js';
import { safeBreakdowns, safePupilFacts, safeShare, WITHHELD_WORD, type SafeBreakdown } from './governors-safe.js';
import { base } from './base.js';
import { thousands } from '../../model/wording.js';
import { byText } from './view-helpers.js';
import { termFigures, type TermFigures } from './governors-figures.js';
import type { GovernorsRow } from './governors-types.js';
import { DOCUMENT_INFO, type GovernorsView, type ViewOptions } from './types.js';

const SMALL: CountFormat = { small: 3, exact: false };
const pounds = (n: number) => `£${thousands(Math.round(n))}`;

export function governorsView(result: CheckResult, options: ViewOptions): GovernorsView {
  const { run } = result;
  const term: Term = options.term ? termById(run.calendar, options.term) : termOn(run.calendar, run.asOf);
  const last = previousTerm(run.calendar, term),
    next = nextTerm(run.calendar, term);
  const now = termFigures(run, term),
    before = termFigures(run, last);
  const c = (n: number) => countText(n, SMALL);
  const terms = [now, before];
  // Safe against differencing: see governors-safe.ts (the area overview's secondary suppression).
  const facts = safePupilFacts(terms, SMALL);
  const factRow = (labelText: string, i: number): GovernorsRow => ({
    label: labelText,
    thisTerm: facts[0][i],
    lastTerm: facts[1][i],
  });
  const row = (labelText: string, f: (t: TermFigures) => string): GovernorsRow => ({
    label: labelText,
    thisTerm: f(now),
    lastTerm: f(before),
  });
  const rows = [
    factRow('Pupils in alternative provision during the term', 0),
    factRow('of whom with SEND', 1),
    factRow('of whom with an EHC plan', 2),
    factRow('of whom looked after', 3),
    factRow('of whom on a part-time timetable', 4),
    row('Placements started', (t) => c(t.started)),
    row('Placements ended', (t) => c(t.ended)),
    row('Half-terms reviewed on time (placements running through the half-term)', (t) =>
      safeShare(t.reviewsOnTime, t.reviewsDue, SMALL),
    ),
    row('Objectives met, of the placements that ended', (t) => safeShare(t.objectivesMet, t.objectivesOf, SMALL)),
  ];
  const [outcomeRows, destinationRows] = safeBreakdowns(
    [terms.map((t) => t.outcomes), terms.map((t) => t.destinations)],
    terms.map((t) => t.ended),
    SMALL,
  );
  const keyed = ({ rows: list }: SafeBreakdown, words: (k: string) => string) =>
    list.map(({ key, terms: [thisTerm, lastTerm] }) => ({ label: words(key), thisTerm, lastTerm }));
  const outcomes = keyed(outcomeRows, (k) =>
    k === 'not-recorded' ? 'Outcome not recorded' : label(OUTCOME_RESULTS, k)!,
  );
  const destinations = keyed(destinationRows, (k) =>
    k === 'not-recorded' ? 'Destination not recorded' : (DESTINATION_LABELS[k] ?? k),
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
    withheldWord: WITHHELD_WORD,
    endedWithheld: !outcomes.length && terms.some((t) => t.ended > 0),
  };
}
