// What every document's view is built from: the findings by file, who is active where, one provider's
// and one pupil's view, and the header and counts every document opens with.
import type { CheckResult } from '../../check.js';
import type { Finding } from '../../model/findings.js';
import type { PlacementFile, PlacementRecord } from '../../load/placement-file.js';
import type { RegisterPupil } from '../../run.js';
import { partTimeDetails, wholeWeek, yearText } from './timetable.js';
import { shownPercent } from '../../attendance/summary.js';
import type { Placement, Provider } from '../../model/schema.js';
import { rowFacts } from './row-facts.js';
import { byImportance } from './finding-order.js';
import { hasCurrentPartTime, placementState, pupilKey, weeklyHours } from '../../model/placement.js';
import { daysBetween } from '../../model/dates.js';
import {
  COMMISSIONED_BY,
  CURRICULUM,
  DELIVERY,
  DESTINATION_LABELS,
  REASON_CATEGORIES,
  REGISTRATION_TYPES,
  REPORTING,
  label,
  OUTCOME_RESULTS,
} from '../../model/labels.js';
import type { FindingView, LeftView, ProviderView, PupilView } from './types.js';
import { byText, findingView, providerName, pupilReference, text, yearBefore, yearGroup } from './view-helpers.js';
import { sessionLines, sessionViews } from './sessions.js';
import { pupilMarkers } from './markers.js';
import { addressView, qaViews } from './provider-view.js';

export class Context {
  readonly byFile = new Map<string, Finding[]>();
  /** pupil key → providers where that pupil has an active placement. */
  readonly activeAt = new Map<string, Set<string>>();
  /** pupil key → the pupil's active and upcoming placements (their SEND and looked-after facts). */
  readonly currentOf = new Map<string, Placement[]>();
  /** Files whose provider has an active or upcoming placement (the run worked it out). */
  readonly inUse: ReadonlySet<PlacementFile>;
  /** pupil key → the pupil's register entry, facts and week (only when the school keeps a register). */
  readonly registerOf = new Map<string, RegisterPupil>();
  /** placement → its attendance % over the last six school weeks (only when attendance records are read and a session counts). */
  readonly attendanceOf = new Map<PlacementRecord, number>();

  constructor(readonly result: CheckResult) {
    this.inUse = new Set(result.run.providers.filter((p) => p.inUse).map((p) => p.file));
    for (const p of result.run.registerPupils) this.registerOf.set(pupilKey(p.items[0].placement.pupil), p);
    for (const a of result.run.attendance?.placements ?? []) {
      const shown = shownPercent(a.window);
      if (shown !== null) this.attendanceOf.set(a.record, shown);
    }
    for (const f of result.findings) {
      let list = this.byFile.get(f.file);
      if (!list) this.byFile.set(f.file, (list = []));
      list.push(f);
    }
    for (const file of result.files) {
      for (const r of file.placements) {
        const state = placementState(r.placement, result.asOf);
        if (state === 'ended') continue;
        const key = pupilKey(r.placement.pupil);
        this.currentOf.set(key, [...(this.currentOf.get(key) ?? []), r.placement]);
        if (state !== 'active') continue;
        let set = this.activeAt.get(key);
        if (!set) this.activeAt.set(key, (set = new Set()));
        set.add(providerName(file));
      }
    }
  }

  /** Findings that count (not suppressed), errors first, the most important first. */
  findingsOf(file: PlacementFile): FindingView[] {
    return byImportance(
      (this.byFile.get(file.path) ?? []).filter((f) => !f.suppression),
      () => true,
    ).map((f) => findingView(f, file));
  }

  pupil(file: PlacementFile, record: PlacementRecord): PupilView {
    const p = record.placement,
      asOf = this.result.asOf;
    const hours = weeklyHours(p);
    const others = [...(this.activeAt.get(pupilKey(p.pupil)) ?? [])]
      .filter((n) => n !== providerName(file))
      .sort(byText);
    const reg = this.registerOf.get(pupilKey(p.pupil));
    // With a register, a part-time timetable may be recorded there (the pupil's whole week) or on a placement.
    const partTime = reg ? reg.partTime : hasCurrentPartTime(p, asOf);
    const week = wholeWeek(reg, this.result.run.thresholds);
    const ptDetails = partTimeDetails(reg?.entry?.pupil.part_time_timetable ?? p.part_time_timetable);
    return {
      ...pupilReference(record),
      state: placementState(p, asOf),
      yearGroup: reg?.yearGroup !== undefined ? yearText(reg.yearGroup) : yearGroup(p),
      startDate: p.start_date,
      plannedEndDate: p.planned_end_date ?? null,
      endDate: p.end_date ?? null,
      weeklyHours: hours ?? null,
      daysAWeek: new Set((p.sessions ?? []).map((s) => s.day)).size,
      reason: text(p.reason),
      reasonCategory: label(REASON_CATEGORIES, p.reason_category),
      ...rowFacts(
        p,
        this.result.run.register?.byRef.get(pupilKey(p.pupil))?.pupil,
        this.currentOf.get(pupilKey(p.pupil)) ?? [p],
      ),
      partTime,
      commissionedBy: COMMISSIONED_BY[p.commissioned_by ?? 'school'],
      // Only someone placed here now can be "also at" somewhere else now.
      alsoAt: placementState(p, asOf) === 'active' ? others : [],
      sessions: sessionViews(p, file.provider?.delivery === 'online'),
      sessionLines: sessionLines(sessionViews(p, file.provider?.delivery === 'online')),
      markers: pupilMarkers(p, reg?.entry?.pupil.part_time_timetable ?? p.part_time_timetable, partTime, asOf),
      wholeWeekKnown: week !== null,
      belowFullTime: !partTime && week !== null && !week.fullTime,
      attendancePercent: this.attendanceOf.get(record) ?? null,
      partTimeDetails: partTime ? ptDetails : null,
      timetable: partTime
        ? `Part-time timetable${week ? ` (${week.hours} hours a week: school and AP)` : ''}`
        : !week
          ? 'Timetable outside AP not recorded'
          : week.fullTime
            ? `Full-time timetable (${week.hours} hours a week: school and AP)`
            : // Sessions overlap: the timetable is not one the pupil can follow, whatever its hours.
              week.clash
              ? `${week.hours} hours a week in all (school and AP), but school and AP sessions overlap: not a full-time timetable until the clash is resolved`
              : // Never "full-time" here: the week falls short of the hours expected for the year group.
                `${week.hours} hours a week in all (school and AP), fewer than the ${week.needed} expected for ${week.year}`,
    };
  }

  /** Placements that ended in the twelve months before the as-of date, the latest first. */
  leftAp(): LeftView[] {
    const asOf = this.result.asOf,
      since = yearBefore(asOf);
    const left: LeftView[] = [];
    for (const file of this.providerFiles) {
      for (const record of file.placements) {
        const p = record.placement;
        if (placementState(p, asOf) !== 'ended' || !p.end_date || p.end_date < since) continue;
        // Read defensively: a school's files may predate destination_category.
        const category = (p as { destination_category?: unknown }).destination_category;
        left.push({
          ...pupilReference(record),
          provider: providerName(file),
          yearGroup: yearGroup(p),
          startDate: p.start_date,
          endDate: p.end_date,
          destinationCategory: typeof category === 'string' ? label(DESTINATION_LABELS, category) : null,
          destination: text(p.destination),
          outcome: label(OUTCOME_RESULTS, p.outcome?.result),
        });
      }
    }
    return left.sort((a, b) =>
      a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : byText(a.reference, b.reference),
    );
  }

  provider(file: PlacementFile, position: number): ProviderView {
    const prov = file.provider as Provider;
    const asOf = this.result.asOf;
    const reg = prov.registration;
    const registered = reg.status === 'registered';
    const records = [...file.placements];
    const active = records.filter((r) => placementState(r.placement, asOf) === 'active');
    const sortPupils = (a: PupilView, b: PupilView) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : byText(a.reference, b.reference);
    const pupils = active.map((r) => this.pupil(file, r)).sort(sortPupils);
    const upcoming = records
      .filter((r) => placementState(r.placement, asOf) === 'upcoming')
      .map((r) => this.pupil(file, r))
      .sort(sortPupils);
    const reasonCounts = new Map<string, Set<string>>();
    for (const r of active) {
      const l = label(REASON_CATEGORIES, r.placement.reason_category) ?? 'Not categorised';
      let set = reasonCounts.get(l);
      if (!set) reasonCounts.set(l, (set = new Set()));
      set.add(pupilKey(r.placement.pupil));
    }
    const qa = qaViews(prov);
    const findings = this.findingsOf(file);
    return {
      position,
      name: prov.name.trim(),
      file: file.displayPath,
      address: addressView(prov.address),
      sites: (prov.sites ?? []).map((s) => ({
        name: text(s.name),
        subcontracted: s.subcontracted === true,
        address: addressView(s.address),
      })),
      registered,
      registrationStatus: registered ? 'Registered' : 'Unregistered',
      registrationType: label(REGISTRATION_TYPES, reg.type),
      urn:
        registered && reg.urn !== undefined && reg.urn !== null && String(reg.urn).trim() !== ''
          ? String(reg.urn).trim()
          : null,
      fullTimeConfirmed:
        !registered && reg.full_time_pupils_confirmed
          ? { count: reg.full_time_pupils_confirmed.count, date: reg.full_time_pupils_confirmed.date }
          : null,
      delivery: label(DELIVERY, prov.delivery),
      inUse: this.inUse.has(file),
      pupilCount: new Set(active.map((r) => pupilKey(r.placement.pupil))).size,
      reasons: [...reasonCounts]
        .map(([l, set]) => ({ label: l, count: set.size }))
        .sort((a, b) => b.count - a.count || byText(a.label, b.label)),
      pupils,
      upcoming,
      endedCount: records.filter((r) => placementState(r.placement, asOf) === 'ended').length,
      contact: { name: text(prov.contact?.name), email: text(prov.contact?.email), phone: text(prov.contact?.phone) },
      safeguarding: {
        dslName: text(prov.safeguarding?.dsl?.name),
        dslPhone: text(prov.safeguarding?.dsl?.phone),
        dslEmail: text(prov.safeguarding?.dsl?.email),
        staffChecksConfirmed: prov.safeguarding?.staff_checks_confirmed ?? null,
        policyReviewed: prov.safeguarding?.policy_reviewed ?? null,
        staffChecksStale:
          !!prov.safeguarding?.staff_checks_confirmed &&
          daysBetween(prov.safeguarding.staff_checks_confirmed, asOf) >
            this.result.run.thresholds.staff_checks_max_age_days,
      },
      agreement: {
        signed: prov.agreement?.signed ?? null,
        expires: prov.agreement?.expires ?? null,
        expired: !!prov.agreement?.expires && prov.agreement.expires < asOf,
      },
      attendanceReporting: {
        method: label(REPORTING, prov.attendance_reporting?.method),
        withinMinutes: prov.attendance_reporting?.within_minutes ?? null,
      },
      curriculum: (prov.curriculum ?? []).map((c) => CURRICULUM[c] ?? c),
      qualityAssurance: qa,
      latestQa: qa[0] ?? null,
      findings,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warn').length,
    };
  }

  /** Files that have a valid provider block (render refuses before this when one has not). */
  get providerFiles(): PlacementFile[] {
    return this.result.files
      .filter((f) => f.provider)
      .sort((a, b) => byText(providerName(a), providerName(b)) || byText(a.path, b.path));
  }
}
