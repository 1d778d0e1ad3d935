// One pupil's case pack (templates/pupil.hbs): every placement on one timeline, attendance by week, each
// objective from its baseline through the reviews to its goal, who took part, how it ended, the pupil's
// week and every dated safeguard held. Notes are never printed (they may hold personal data).
import type { CheckResult } from '../../check.js';
import type { PlacementItem } from '../../run.js';
import type { Provider } from '../../model/schema.js';
import { hasCurrentPartTime, pupilKey } from '../../model/placement.js';
import { lookedAfterOf, sendOf } from '../../model/pupil-facts.js';
import { laToldShown } from './placement-held.js';
import {
  heldReviews,
  objectiveName,
  objectivesMet,
  onTrackAtLastReview,
  progressByObjective,
  weeksInPlacement,
} from '../../model/progress.js';
import {
  DAYS,
  DECISIONS,
  DESTINATION_LABELS,
  OUTCOME_RESULTS,
  PARTICIPANTS,
  PROGRESS_STATUS,
  QA_OUTCOMES,
  REASON_CATEGORIES,
  REGISTRATION_TYPES,
  SEND,
  label,
} from '../../model/labels.js';
import { englishDate } from '../../model/dates.js';
import { fmtHours } from '../../model/wording.js';
import { shownPercent, weeklyAttendance } from '../../attendance/weekly.js';
import { attendanceChart, timelineChart } from '../charts.js';
import { pupilReference, text, yearGroup } from './view-helpers.js';
import type { CasePlacementView, CaseSafeguardView, CaseView, CaseDayView } from './pupil-types.js';

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function providerStatus(pr: Provider | undefined): CasePlacementView['status'] {
  if (!pr) return { registration: 'Not recorded', urn: null, qa: 'Not recorded', safeguarding: 'Not recorded' };
  const reg = pr.registration;
  const qa = [...(pr.quality_assurance ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  const sg = pr.safeguarding;
  const sgParts = [
    sg?.staff_checks_confirmed
      ? `staff checks confirmed ${englishDate(sg.staff_checks_confirmed)}`
      : 'staff checks not confirmed',
    sg?.policy_reviewed ? `policy reviewed ${englishDate(sg.policy_reviewed)}` : 'policy not reviewed',
    sg?.dsl?.name || sg?.dsl?.phone ? 'DSL recorded' : 'no DSL recorded',
  ];
  return {
    registration: `${reg.status === 'registered' ? 'Registered' : 'Unregistered'}${reg.type ? ` (${label(REGISTRATION_TYPES, reg.type)})` : ''}`,
    urn: reg.status === 'registered' && reg.urn != null ? String(reg.urn) : null,
    qa: qa ? `${label(QA_OUTCOMES, qa.outcome)} at the visit of ${englishDate(qa.date)}` : 'No QA recorded',
    safeguarding: sentenceCase(sgParts.join('; ')),
  };
}

function placementView(item: PlacementItem, asOf: string): CasePlacementView {
  const p = item.placement;
  const progress = progressByObjective(p, asOf);
  const met = new Set(objectivesMet(p, asOf));
  const onTrack = onTrackAtLastReview(p, asOf);
  const o = p.outcome;
  return {
    provider: item.provider?.name.trim() ?? item.file.displayPath,
    state: item.state,
    period:
      item.state === 'upcoming'
        ? `starts ${englishDate(p.start_date)}`
        : item.state === 'active'
          ? `${englishDate(p.start_date)} to now (${weeksInPlacement(p, asOf)} weeks so far)`
          : `${englishDate(p.start_date)} to ${englishDate(p.end_date ?? asOf)} (ended; ${weeksInPlacement(p, asOf)} weeks)`,
    startDate: p.start_date,
    endDate: p.end_date ?? null,
    plannedEndDate: p.planned_end_date ?? null,
    maximumEndDate: p.maximum_end_date ?? null,
    weeks: weeksInPlacement(p, asOf),
    reasonCategory: label(REASON_CATEGORIES, p.reason_category),
    status: providerStatus(item.provider),
    objectives: (p.objectives ?? []).map((ob, i) => {
      const points = progress[i];
      const last = points.at(-1);
      return {
        name: sentenceCase(objectiveName(p.objectives, i)),
        target: ob.target,
        by: ob.by ?? null,
        measure: text(ob.measure),
        baseline: ob.baseline ?? null,
        goal: ob.goal ?? null,
        points: points.map((pt) => ({
          date: pt.date,
          status: label(PROGRESS_STATUS, pt.status)!,
          value: pt.value ?? null,
        })),
        status: last ? label(PROGRESS_STATUS, last.status)! : 'No progress recorded',
        met: met.has(i),
      };
    }),
    reviews: heldReviews(p, asOf).map(({ review: r }) => ({
      date: r.date,
      tookPart: r.took_part?.length ? sentenceCase(r.took_part.map((w) => PARTICIPANTS[w] ?? w).join(', ')) : null,
      pupilHeard: (r.took_part ?? []).includes('pupil'),
      attendancePercent: r.attendance_percent ?? null,
      engagement: r.engagement ?? null,
      readiness: r.readiness_to_reintegrate ?? null,
      decision: label(DECISIONS, r.decision),
      nextReview: r.next_review ?? null,
    })),
    progressAtLastReview: onTrack
      ? `${onTrack.onTrack} of ${onTrack.of} objectives on track or met (${englishDate(onTrack.date)})`
      : null,
    exitPlan: text(p.exit_plan),
    outcome: o
      ? {
          result: label(OUTCOME_RESULTS, o.result)!,
          objectivesMet: met.size
            ? `${met.size} of ${(p.objectives ?? []).length}: ${[...met].map((i) => objectiveName(p.objectives, i).replace(/^objective /, '')).join(', ')}`
            : 'None recorded',
          qualifications: (o.qualifications_achieved ?? []).map((q) =>
            [q.detail ?? q.type, q.grade ? `(${q.grade})` : ''].filter(Boolean).join(' '),
          ),
          sustained: o.sustained_check
            ? `${o.sustained_check.still_there ? 'Still there' : 'No longer there'} when checked on ${englishDate(o.sustained_check.date)}`
            : null,
          laInformed: o.la_informed ?? null,
        }
      : null,
    destination: text(p.destination),
    destinationCategory: p.destination_category
      ? (DESTINATION_LABELS[p.destination_category] ?? p.destination_category)
      : null,
  };
}

export function caseView(result: CheckResult, key: string): CaseView {
  const { run } = result;
  const items = run.placements
    .filter((i) => pupilKey(i.placement.pupil) === key)
    .sort((a, b) => (a.placement.start_date < b.placement.start_date ? -1 : 1));
  const asOf = run.asOf;
  const latest = items.at(-1)!;
  const entry = run.register?.byRef.get(key)?.pupil;
  const inAp = run.registerPupils.find((rp) => pupilKey(rp.items[0].placement.pupil) === key);
  const send = sendOf(
    entry?.send,
    // The pupil's current placements, or the latest when none is current (one who has left AP).
    (items.some((i) => i.state !== 'ended') ? items.filter((i) => i.state !== 'ended') : [latest]).map(
      (i) => i.placement.send,
    ),
  );
  const lookedAfter = lookedAfterOf(
    entry?.looked_after,
    items.map((i) => i.placement.looked_after),
  );
  const partTime =
    (!!entry?.part_time_timetable &&
      (!entry.part_time_timetable.end_date || entry.part_time_timetable.end_date >= asOf)) ||
    items.some((i) => i.state !== 'ended' && hasCurrentPartTime(i.placement, asOf));
  const records = new Set(items.map((i) => i.record));
  const weeks = run.attendance ? weeklyAttendance(run.attendance, asOf, records) : [];
  const t = run.thresholds;
  const { reference, hidden } = pupilReference(latest.record);
  const bars = items.map((i) => {
    const p = i.placement;
    const ongoing = i.state === 'active';
    return {
      label: i.provider?.name.trim() ?? i.file.displayPath,
      start: p.start_date,
      planned: p.planned_end_date ?? null,
      ongoing,
      end: ongoing ? asOf : i.state === 'upcoming' ? (p.planned_end_date ?? p.start_date) : (p.end_date ?? asOf),
      reviews: heldReviews(p, asOf).map((r) => r.review.date),
    };
  });
  const safeguards: CaseSafeguardView[] = [];
  const add = (label: string, date: string | null | undefined, note: string | null = null) =>
    safeguards.push({ label, date: date ?? null, note });
  for (const i of items) {
    const p = i.placement,
      at = ` (${i.provider?.name.trim() ?? i.file.displayPath})`;
    add(
      `Pre-commissioning discussion${at}`,
      p.pre_commissioning_discussion?.date,
      p.pre_commissioning_discussion
        ? `parent or carer ${p.pre_commissioning_discussion.parent_or_carer ? 'took part' : 'not recorded'}; pupil ${p.pre_commissioning_discussion.pupil ? 'took part' : 'not recorded'}`
        : null,
    );
    add(`Risk assessment${at}`, p.risk_assessment);
    if (laToldShown(p, i.provider?.registration.status === 'unregistered'))
      add(`Local authority told${at}`, p.la_notified);
    if (p.social_worker_informed) add(`Social worker told${at}`, p.social_worker_informed);
    if (p.off_site_direction) add(`Off-site direction: written notice${at}`, p.off_site_direction.notice_date);
    if (p.part_time_timetable) {
      add(`Part-time timetable agreed with the parent or carer${at}`, p.part_time_timetable.agreed_with_parent);
      add(`Part-time timetable: next review${at}`, p.part_time_timetable.review_date);
      add(`Part-time timetable: ends${at}`, p.part_time_timetable.end_date);
    }
    if (p.outcome?.la_informed) add(`Local authority told of the destination${at}`, p.outcome.la_informed);
  }
  if (lookedAfter) {
    add('Virtual school head told', entry?.looked_after_education?.virtual_school_informed);
    add('Personal education plan (PEP) last reviewed', entry?.looked_after_education?.pep_reviewed);
  }
  if (send === 'ehcp') add("EHC plan: local authority's SEN team consulted", entry?.ehcp_la_consulted);
  if (entry?.part_time_timetable)
    add('Part-time timetable: local authority told', entry.part_time_timetable.la_informed);

  let week: CaseDayView[] | null = null;
  if (inAp?.entry && inAp.week.schoolKnown) {
    const place = (h: { places: { kind: string; start: string; end: string; provider?: string }[] }) =>
      h.places.length
        ? h.places.map((pl) => `${pl.kind === 'school' ? 'School' : pl.provider} ${pl.start}–${pl.end}`).join('; ')
        : 'Nothing recorded';
    week = inAp.week.days
      .filter((d) => d.schoolDay)
      .map((d) => ({
        day: `${DAYS[d.day] ?? d.day} ${englishDate(d.date).replace(/ \d{4}$/, '')}`,
        am: place(d.am),
        pm: place(d.pm),
      }));
  }
  return {
    reference,
    hidden,
    facts: {
      yearGroup:
        entry?.year_group != null
          ? entry.year_group === 'R'
            ? 'Reception'
            : `Year ${entry.year_group}`
          : yearGroup(latest.placement),
      send: SEND[send ?? 'none'] ?? 'None',
      ehcp: send === 'ehcp',
      lookedAfter,
      partTime,
    },
    timelineSvg: timelineChart(bars, asOf, `Placements of ${reference} and their reviews`),
    attendanceSvg: weeks.length
      ? attendanceChart(weeks, {
          title: `Attendance of ${reference} by week`,
          persistent: t.attendance_persistent_percent,
          severe: t.attendance_severe_percent,
        })
      : null,
    attendanceWeeks: weeks.map((w) => ({ ...w, percent: shownPercent(w) })),
    placements: items.map((i) => placementView(i, asOf)),
    week,
    weekHours:
      inAp?.entry && inAp.week.schoolKnown
        ? `${fmtHours(inAp.week.hours)} hours a week: ${fmtHours(inAp.week.schoolHours)} in school, ${fmtHours(inAp.week.apHours)} in alternative provision`
        : null,
    safeguards,
  };
}
