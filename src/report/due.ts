// Every dated obligation the records hold, overdue or falling due soon: what `ap-ready due` lists, the
// governors' report counts for next term and the case pack shows per pupil. One list, worked out once from
// the run: the same dates the rules judge, from the same functions (halfTermlyDue, heldReviews, the
// thresholds), so the due list never disagrees with a finding.
import type { Run, PlacementItem } from '../run.js';
import type { DataPath, Position, YamlDocument } from '../model/findings.js';
import { addDays, daysBetween } from '../model/dates.js';
import { hasCurrentPartTime } from '../model/placement.js';
import { CLOSED_STATUSES, halfTermlyDue, heldReviews, objectiveName, progressByObjective } from '../model/progress.js';

export const OBLIGATION_KINDS = [
  'review',
  'objective',
  'planned-end',
  'maximum-end',
  'part-time-review',
  'part-time-end',
  'pep-review',
  'staff-checks',
  'safeguarding-policy',
  'qa',
  'agreement',
  'la-notification',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export interface Obligation {
  kind: ObligationKind;
  /** YYYY-MM-DD: when it falls due. */
  date: string;
  /** Days from the as-of date: negative when overdue. */
  days: number;
  /** One line in plain English, naming the pupil only by the reference messages may show. */
  title: string;
  /** The provider's name, when the obligation belongs to one. */
  provider?: string;
  /** How the pupil is named (`pupil P-0042`, or a hidden label); absent for a provider's obligation. */
  pupil?: string;
  /** The pupil's own reference when it may be shown (pseudonymous, in the school's pattern). */
  pupilRef?: string;
  /** Stable across runs and edits of the date: the same obligation keeps it, so a calendar updates it. */
  uid: string;
  /** Where it is recorded. */
  file: string;
  line: number;
  column: number;
}

/** The stable part of an id: lower case letters, digits and hyphens. */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

class Collector {
  readonly list: Obligation[] = [];
  constructor(private readonly run: Run) {}

  add(
    kind: ObligationKind,
    date: string | null | undefined,
    title: string,
    where: { doc: YamlDocument; path: DataPath; key?: boolean },
    ids: string[],
    who: { provider?: string; item?: PlacementItem; label?: string; ref?: string } = {},
  ) {
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const pos: Position = where.doc.at(where.path, { key: where.key });
    const pupil = who.item ? this.run.label(who.item.record) : who.label;
    const pupilRef = who.item
      ? this.run.refHidden(who.item.record)
        ? undefined
        : who.item.placement.pupil.trim()
      : who.ref;
    this.list.push({
      kind,
      date,
      days: daysBetween(this.run.asOf, date),
      title,
      provider: who.provider,
      pupil,
      pupilRef,
      // The provider's name, not the file's path (which depends on the folder the command ran in).
      uid: `${[kind, who.provider ?? 'register', ...ids].map(slug).join('.')}@ap-ready`,
      file: where.doc.displayPath,
      line: pos.line,
      column: pos.column,
    });
  }
}

/** Every dated obligation of the run, soonest first (overdue ones first of all), then by file and line. */
export function obligations(run: Run): Obligation[] {
  const c = new Collector(run);
  const { asOf, thresholds: t, calendar } = run;
  for (const item of run.placements) {
    if (item.state === 'ended') continue;
    const p = item.placement,
      doc = item.file,
      provider = item.provider?.name ?? item.file.displayPath;
    const who = { provider, item };
    const label = run.label(item.record);
    // A placement is identified by its pupil and start, not its place in the file, so ids survive reordering.
    const id = [run.refHidden(item.record) ? `placement-${item.record.index + 1}` : p.pupil, p.start_date];
    const at = (...path: DataPath) => ({ doc, path: [...item.at, ...path] });
    if (item.state === 'active') {
      const last = heldReviews(p, asOf).at(-1);
      const agreed = last?.review.next_review;
      if (agreed && agreed >= (last?.review.date ?? ''))
        c.add(
          'review',
          agreed,
          `Review of the placement of ${label} at ${provider} (the date agreed at the last review)`,
          at('reviews', last.index, 'next_review'),
          id,
          who,
        );
      else {
        const due = halfTermlyDue(calendar, last?.review.date ?? p.start_date, t.review_interval_days).due;
        c.add(
          'review',
          due,
          `Review of the placement of ${label} at ${provider} (due at least half-termly)`,
          last ? at('reviews', last.index, 'date') : { ...at('reviews'), key: true },
          id,
          who,
        );
      }
      const progress = progressByObjective(p, asOf);
      (p.objectives ?? []).forEach((o, i) => {
        const status = progress[i].at(-1)?.status;
        if (status && CLOSED_STATUSES.includes(status)) return;
        c.add(
          'objective',
          o.by,
          `${objectiveName(p.objectives, i)[0].toUpperCase()}${objectiveName(p.objectives, i).slice(1)} of ${label} at ${provider}: record whether it was met`,
          at('objectives', i, 'by'),
          [...id, o.id ?? String(i + 1)],
          who,
        );
      });
      c.add(
        'planned-end',
        p.planned_end_date,
        `Planned end of the placement of ${label} at ${provider}: end it or agree a new date`,
        at('planned_end_date'),
        id,
        who,
      );
      c.add(
        'maximum-end',
        p.maximum_end_date,
        `Agreed maximum end of the placement of ${label} at ${provider}`,
        at('maximum_end_date'),
        id,
        who,
      );
    }
    if (hasCurrentPartTime(p, asOf)) {
      c.add(
        'part-time-review',
        p.part_time_timetable?.review_date,
        `Review of the part-time timetable of ${label}`,
        at('part_time_timetable', 'review_date'),
        id,
        who,
      );
      c.add(
        'part-time-end',
        p.part_time_timetable?.end_date,
        `End of the part-time timetable of ${label}: back to full-time`,
        at('part_time_timetable', 'end_date'),
        id,
        who,
      );
    }
    if (
      item.provider?.registration.status === 'unregistered' &&
      (p.commissioned_by ?? 'school') === 'school' &&
      !p.la_notified
    ) {
      c.add(
        'la-notification',
        p.start_date,
        `Tell the local authority of the placement of ${label} at ${provider} (not yet recorded)`,
        { ...at('la_notified'), key: true },
        id,
        who,
      );
    }
  }
  for (const { file, provider: pr, inUse } of run.providers) {
    if (!inUse) continue;
    const who = { provider: pr.name };
    const id: string[] = [];
    const sg = pr.safeguarding;
    if (sg?.staff_checks_confirmed)
      c.add(
        'staff-checks',
        addDays(sg.staff_checks_confirmed, t.staff_checks_max_age_days),
        `Written confirmation of staff checks from ${pr.name} to renew`,
        { doc: file, path: ['provider', 'safeguarding', 'staff_checks_confirmed'] },
        id,
        who,
      );
    if (sg?.policy_reviewed)
      c.add(
        'safeguarding-policy',
        addDays(sg.policy_reviewed, t.staff_checks_max_age_days),
        `Review of ${pr.name}'s safeguarding policy`,
        { doc: file, path: ['provider', 'safeguarding', 'policy_reviewed'] },
        id,
        who,
      );
    const qa = (pr.quality_assurance ?? [])
      .map((q, i) => ({ q, i }))
      .sort((a, b) => (a.q.date < b.q.date ? -1 : 1))
      .at(-1);
    if (qa)
      c.add(
        'qa',
        addDays(qa.q.date, t.qa_max_age_days),
        `Quality assurance visit of ${pr.name} to renew`,
        { doc: file, path: ['provider', 'quality_assurance', qa.i, 'date'] },
        id,
        who,
      );
    c.add(
      'agreement',
      pr.agreement?.expires,
      `Agreement with ${pr.name} expires`,
      { doc: file, path: ['provider', 'agreement', 'expires'] },
      id,
      who,
    );
  }
  if (run.register) {
    for (const rp of run.registerPupils) {
      const e = rp.entry;
      if (!e || !rp.lookedAfter || !rp.active.length) continue;
      const pep = e.pupil.looked_after_education?.pep_reviewed;
      const ref = run.refHidden(rp.items[0].record) ? undefined : e.pupil.ref;
      if (pep)
        c.add(
          'pep-review',
          addDays(pep, t.pep_review_days),
          `Review of the personal education plan (PEP) of ${rp.label}`,
          { doc: run.register, path: ['pupils', e.index, 'looked_after_education', 'pep_reviewed'] },
          [ref ?? `entry-${e.index + 1}`],
          { label: rp.label, ref },
        );
    }
  }
  return c.list.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
}

/** The obligations overdue or due within `within` days of the as-of date. */
export const dueWithin = (list: readonly Obligation[], within: number): Obligation[] =>
  list.filter((o) => o.days <= within);
