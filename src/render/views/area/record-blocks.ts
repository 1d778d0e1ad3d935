// The overview's tables about what the records themselves hold: plans and reviews by school, how providers
// report attendance, and the local authority's own quality assurance (the provider directory's).
import { providerInUse } from '../../../area/providers.js';
import { LA_QA, qaRecords } from '../../../area/rules/qa.js';
import { addDays } from '../../../model/dates.js';
import { pupilKey } from '../../../model/placement.js';
import { REPORTING } from '../../../model/labels.js';
import { countText } from './safe.js';
import { countsTable, label, Tally, type OverviewInput, type ViewTable } from './tables.js';

export function plans(o: OverviewInput): ViewTable {
  const since = addDays(o.asOf, -42);
  const counts = o.result.schools.map((s) => {
    const t = new Tally<string>();
    for (const { placement: p } of o.active(s)) {
      const k = pupilKey(p.pupil);
      t.add('all', k);
      if (p.objectives?.length) t.add('objectives', k);
      if ((p.reviews ?? []).some((r) => String(r.date) >= since && String(r.date) <= o.asOf)) t.add('reviewed', k);
      if (p.exit_plan?.trim()) t.add('exit', k);
    }
    return [t.n('all'), t.n('objectives'), t.n('reviewed'), t.n('exit')];
  });
  return countsTable(
    {
      id: 'plans',
      title: 'Individual plans: objectives, reviews and exit plans',
      head: [
        { text: 'School', width: '34%' },
        ...[
          'Pupils in AP',
          'With written objectives',
          'Reviewed in the last 6 weeks',
          'With an exit or reintegration plan',
        ].map((text) => ({ text, num: true })),
      ],
      labels: o.result.schools.map((s) => [label(s.name)]),
      counts,
      totals: 'columns',
      parts: [
        [1, 0],
        [2, 0],
        [3, 0],
      ],
      note: "From each active placement's objectives, reviews and exit_plan.",
    },
    o.f,
  );
}

export function reporting(o: OverviewInput): ViewTable {
  const methods = [...Object.keys(REPORTING), ''];
  const t = new Tally<string>(),
    prompt = new Tally<string>();
  for (const p of o.inUse) {
    for (const u of p.uses) {
      if (!providerInUse({ uses: [u] })) continue;
      const r = u.provider.attendance_reporting;
      t.add(r?.method ?? '', p.key);
      if (typeof r?.within_minutes === 'number' && r.within_minutes <= 30) prompt.add(r?.method ?? '', p.key);
    }
  }
  return countsTable(
    {
      id: 'reporting',
      title: 'How providers report attendance to schools',
      head: [
        { text: 'Method', width: '40%' },
        { text: 'Providers', num: true },
        { text: "Within 30 minutes of the session's start", num: true },
      ],
      labels: methods.map((m) => [label(REPORTING[m] ?? 'Not recorded')]),
      counts: methods.map((m) => [t.n(m), prompt.n(m)]),
      totals: 'none',
      note: "From each school's record of the provider's attendance_reporting: a provider two schools record differently is counted under each method.",
    },
    o.f,
  );
}

export function laQa(o: OverviewInput): string[] {
  const dir = o.result.directory;
  if (!dir)
    return [
      "The area names no provider directory (directory: in area.yaml), so the local authority's own quality assurance is not held here.",
    ];
  const byLa = o.inUse.filter((p) => qaRecords(p, dir).some((q) => q.by === LA_QA && q.date <= o.asOf));
  const listed = o.inUse.filter((p) => p.entry);
  return [
    `The provider directory lists ${countText(dir.entries.length, o.f)} providers; ${countText(listed.length, o.f)} of the ${countText(o.inUse.length, o.f)} providers in use are in it.`,
    `The local authority's own quality assurance, recorded in the directory, covers ${countText(byLa.length, o.f)} providers in use${byLa.length ? ` (${byLa.map((p) => p.name).join(', ')})` : ''}; it counts for every school using them.`,
  ];
}
