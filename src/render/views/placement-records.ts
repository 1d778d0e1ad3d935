// The view of the placement-records document (templates/placement-records.hbs).
import type { CheckResult } from '../../check.js';
import type { PlacementFile, PlacementRecord } from '../../load/placement-file.js';
import type { Provider } from '../../model/schema.js';
import { placementState, pupilKey } from '../../model/placement.js';
import { ATTENDANCE_CODES, PROGRESS_STATUS, label } from '../../model/labels.js';
import { progressByObjective, weeksInPlacement } from '../../model/progress.js';
import { DOCUMENT_INFO, type PlacementRecordsView, type PlacementView, type ViewOptions } from './types.js';
import { Context } from './context.js';
import { base } from './base.js';
import { heldRecords } from './placement-held.js';
import { byText, text } from './view-helpers.js';

function placementLines(file: PlacementFile, record: PlacementRecord): [number, number] {
  const pos = file.at(['placements', record.index]);
  return [pos.line, pos.endLine ?? pos.line];
}

export function placementRecordsView(result: CheckResult, options: ViewOptions): PlacementRecordsView {
  const ctx = new Context(result);
  const placements: PlacementView[] = [];
  for (const file of ctx.providerFiles) {
    const prov = file.provider as Provider;
    const fileFindings = ctx.findingsOf(file);
    for (const record of file.placements) {
      const p = record.placement;
      if (placementState(p, result.asOf) !== 'active') continue;
      const [from, to] = placementLines(file, record);
      // The pupil's own part-time timetable (pupil register) when the placement records none.
      const progress = progressByObjective(p, result.asOf);
      const pt = p.part_time_timetable ?? ctx.registerOf.get(pupilKey(p.pupil))?.entry?.pupil.part_time_timetable;
      const row = ctx.pupil(file, record);
      const entry = result.run.register?.byRef.get(pupilKey(p.pupil))?.pupil;
      const held = heldRecords(p, entry, {
        ehcp: row.ehcp,
        lookedAfter: row.lookedAfter,
        unregistered: prov.registration.status !== 'registered',
      });
      placements.push({
        ...row,
        provider: {
          name: prov.name.trim(),
          registrationStatus: prov.registration.status === 'registered' ? 'Registered' : 'Unregistered',
          urn:
            prov.registration.status === 'registered' && prov.registration.urn != null
              ? String(prov.registration.urn)
              : null,
          town: prov.address.town,
          postcode: prov.address.postcode,
        },
        reasonCategoryCode: p.reason_category ?? null,
        attendanceCode: label(ATTENDANCE_CODES, p.attendance_code),
        held,
        heldColumns: [held.slice(0, Math.ceil(held.length / 2)), held.slice(Math.ceil(held.length / 2))],
        hoursPerWeek: p.hours_per_week ?? null,
        partTimeTimetable: pt
          ? {
              agreedWithParent: pt.agreed_with_parent ?? null,
              reviewDate: pt.review_date ?? null,
              endDate: pt.end_date ?? null,
              current: !pt.end_date || pt.end_date >= result.asOf,
            }
          : null,
        preCommissioning: p.pre_commissioning_discussion
          ? {
              date: p.pre_commissioning_discussion.date,
              parentOrCarer: p.pre_commissioning_discussion.parent_or_carer ?? null,
              pupil: p.pre_commissioning_discussion.pupil ?? null,
            }
          : null,
        objectives: (p.objectives ?? []).map((o, i) => {
          const last = progress[i].at(-1);
          return {
            target: o.target,
            by: o.by ?? null,
            progress: last
              ? `${label(PROGRESS_STATUS, last.status)}${last.value !== undefined ? ` (${last.value}${o.goal != null ? ` of ${o.goal}` : ''})` : ''}`
              : null,
          };
        }),
        weeksInPlacement: weeksInPlacement(p, result.asOf),
        reviews: [...(p.reviews ?? [])]
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((r) => ({
            date: r.date,
            attendancePercent: r.attendance_percent ?? null,
            notes: options.includeNotes ? text(r.notes) : null,
            notesHeld: text(r.notes) !== null,
          })),
        exitPlan: text(p.exit_plan),
        destination: text(p.destination),
        findings: fileFindings.filter((f) => f.line >= from && f.line <= to),
      });
    }
  }
  placements.sort(
    (a, b) =>
      Number(a.hidden) - Number(b.hidden) ||
      byText(a.reference, b.reference) ||
      byText(a.provider.name, b.provider.name),
  );
  return { ...base(DOCUMENT_INFO['placement-records'], result, options), placements, leftAp: ctx.leftAp() };
}
