// The area overview: the deep-dive questions an area (LA or trust) is asked about alternative provision,
// each in its own words (seed 000's template), answered from its schools' placement records or said plainly
// to be not held there, after a one-page summary. Every count passes through views/area/safe.ts: the
// document is written to be published (--exact-counts makes an internal copy). Pupils are never listed.
import type { AreaResult } from '../../area/index.js';
import { providerInUse, type AreaProvider } from '../../area/providers.js';
import type { AreaSchool } from '../../area/schools.js';
import type { PlacementFile } from '../../load/placement-file.js';
import type { PlacementItem } from '../../run.js';
import type { DocumentInfo } from './types.js';
import { generatedAt } from './view-helpers.js';
import { countText, WITHHELD, type CountFormat } from './area/safe.js';
import type { OverviewInput, ViewTable } from './area/tables.js';
import { commissioned, headline, reasons, settingsAndTime, trends } from './area/pupil-blocks.js';
import { involvement, objectivesByProvider, qualifications } from './area/journey-blocks.js';
import { confirmedTotals, nearFullTime, outOfArea, providersInUse, providerTypes } from './area/provider-blocks.js';
import {
  attendance,
  destinationsByProvider,
  leavers,
  leaversBySchool,
  outcomesByProvider,
} from './area/outcome-blocks.js';
import { areaChecks, findingsBySchool, providersToConfirm } from './area/finding-blocks.js';
import { laQa, plans, reporting } from './area/record-blocks.js';
import { SEED_000 } from './area/questions.js';

export const AREA_OVERVIEW: Omit<DocumentInfo, 'id'> & { id: 'area-overview' } = {
  id: 'area-overview',
  title: 'Alternative provision across the area',
  orientation: 'landscape',
  confidential: false,
};

/** Said wherever the data cannot answer a question. */
export const NOT_HELD = 'Not held in the placement records';

export { countText, type CountFormat };

/** A block of an answer: tables, sentences, a list (with a severity mark when the list holds findings). */
export interface Block {
  id: string;
  heading?: string;
  tables: ViewTable[];
  text: string[];
  list: { text: string; severity?: 'error' | 'warn'; severityLabel?: string }[];
  empty?: string;
}

/** The input every block is made from, worked out once. */
export function overviewInput(result: AreaResult, f: CountFormat): OverviewInput {
  const providerOf = new Map<PlacementFile, AreaProvider>();
  for (const p of result.providers) for (const u of p.uses) providerOf.set(u.file, p);
  const order = (p: AreaProvider) => (p.registered ? (p.online ? 1 : 2) : 0);
  const inUse = result.providers
    .filter(providerInUse)
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        new Set(b.uses.map((u) => u.school)).size - new Set(a.uses.map((u) => u.school)).size ||
        a.name.localeCompare(b.name, 'en-GB'),
    );
  const active = new Map<AreaSchool, ReturnType<OverviewInput['active']>>();
  const byFile = new Map<AreaSchool, Map<PlacementFile, PlacementItem[]>>();
  const activeOf = (s: AreaSchool) => {
    let a = active.get(s);
    if (!a) active.set(s, (a = s.result.run.placements.filter((p) => p.provider && p.state === 'active')));
    return a;
  };
  return {
    result,
    asOf: result.asOf,
    f,
    providerOf,
    inUse,
    active: activeOf,
    // Grouped once per school: a table by provider otherwise filtered the school's whole list for each of its files.
    activeIn: (s, file) => {
      let files = byFile.get(s);
      if (!files) {
        byFile.set(s, (files = new Map<PlacementFile, PlacementItem[]>()));
        for (const item of activeOf(s)) {
          const list = files.get(item.file);
          if (list) list.push(item);
          else files.set(item.file, [item]);
        }
      }
      return files.get(file) ?? [];
    },
  };
}

type Options = { exactCounts?: boolean; now: Date; version: string };

/**
 * The overview, its counts made safe across the whole document: a total one table had to withhold is
 * withheld in every table that prints it, so the document is built again until no table withholds a total
 * the others print (each pass only withholds more, so this ends).
 */
export function buildAreaOverview(result: AreaResult, options: Options) {
  const document = { forced: new Set<string>(), found: new Set<string>() };
  for (;;) {
    document.found = new Set();
    const f: CountFormat = { small: result.area.data.small_count, exact: options.exactCounts === true, document };
    const view = buildOnce(result, f, options);
    const more = [...document.found].filter((k) => !document.forced.has(k));
    if (!more.length) return view;
    for (const k of more) document.forced.add(k);
  }
}

function buildOnce(result: AreaResult, f: CountFormat, options: Options) {
  const o = overviewInput(result, f);
  const blocks = new Map<string, Block>();
  const add = (id: string, b: Partial<Block>) => blocks.set(id, { id, tables: [], text: [], list: [], ...b });
  const pupils = headline(o);
  add('pupils-by-school', { tables: [pupils] });
  add('commissioned-by', { tables: [commissioned(o)] });
  add('reasons', { tables: [reasons(o)] });
  add('settings-and-time', { tables: [settingsAndTime(o)] });
  add('qualifications', { tables: [qualifications(o)] });
  add('involvement', { tables: [involvement(o)] });
  add('trends', { tables: [trends(o)] });
  add('plans', { tables: [plans(o)] });
  add('reporting', { tables: [reporting(o)] });
  add('la-qa', { heading: "The local authority's own quality assurance", text: laQa(o) });
  add(
    'providers',
    o.inUse.length
      ? { tables: [providersInUse(o)] }
      : { empty: `No provider has an active or upcoming placement as of ${o.asOf}.` },
  );
  add('provider-types', { tables: [providerTypes(o)] });
  const away = outOfArea(o);
  add(
    'out-of-area',
    away
      ? away.none
        ? { empty: away.none }
        : { tables: [away.table] }
      : {
          empty:
            'Not answered: area.yaml does not list the area\'s postcodes (home_postcode_areas), so "outside the area" cannot be told.',
        },
  );
  add('out-of-area-reasons', away && !away.none ? { tables: [away.reasons] } : {});
  add('near-full-time', { tables: [nearFullTime(o)] });
  const confirmed = confirmedTotals(o);
  add('confirmed-totals', { tables: [confirmed.table], text: [confirmed.text] });
  const gone = leavers(o);
  const leaverTable = leaversBySchool(o, gone);
  add('leavers-by-school', { tables: [leaverTable] });
  add('destinations-by-provider', { tables: [destinationsByProvider(o, gone)] });
  add('outcomes-by-provider', { tables: [outcomesByProvider(o)] });
  add('objectives-by-provider', { tables: [objectivesByProvider(o)] });
  const att = attendance(o);
  add('attendance-by-school', {
    tables: [att.bySchool],
    text: [
      `Each placement's attendance comes from ${att.recordsHeld ? `the school's attendance records (the register marks providers send: present of possible sessions over the last school weeks)${att.reviewsUsed ? ' where the school keeps them, and otherwise from ' : ''}` : ''}${att.reviewsUsed ? "the percentage recorded at the placement's latest review" : ''}.`,
    ],
  });
  add('attendance-by-provider', { tables: [att.byProvider] });
  const toConfirm = providersToConfirm(o);
  add('to-confirm', {
    heading: 'Providers to confirm',
    list: toConfirm.map((text) => ({ text })),
    empty: 'No provider needs confirming: every spelling, URN and registration agrees.',
  });
  const checks = areaChecks(o);
  add('area-checks', {
    heading: "What the area's checks found across schools",
    list: checks,
    empty: "The area's checks found nothing across schools.",
  });
  add('findings-by-school', { tables: [findingsBySchool(o)] });

  // Each question under its own words; a block is shown the first time, and referred to after.
  const shown = new Set<string>();
  const areas = SEED_000.map((a) => ({
    title: a.title,
    questions: a.questions.map((q) => {
      const parts = q.blocks.map((id) => {
        const b = blocks.get(id)!;
        const first = !shown.has(id);
        shown.add(id);
        const titles = b.tables.map((t) => t.title);
        return first
          ? { ...b, see: null }
          : {
              ...b,
              heading: undefined,
              tables: [],
              text: [],
              list: [],
              empty: undefined,
              see: (titles.length ? titles : b.heading ? [b.heading] : []).join('; ') || null,
            };
      });
      return {
        code: q.code ?? null,
        words: q.words,
        parts,
        answered: q.blocks.length > 0,
        notHeld: q.notHeld === undefined ? null : q.notHeld || NOT_HELD,
      };
    }),
  }));
  // A withheld total reads "withheld" here as in the table it comes from, never more precisely.
  const foot = (t: ViewTable, col: number) => {
    const v = t.foot?.[col]?.text ?? '0';
    return v === WITHHELD ? 'withheld' : v;
  };
  const unregistered = o.inUse.filter((p) => !p.registered).length;
  const summary = [
    { label: 'Pupils in alternative provision', value: foot(pupils, 1) },
    { label: 'with SEND', value: foot(pupils, 2) },
    { label: 'with an EHC plan', value: foot(pupils, 3) },
    { label: 'on a part-time timetable', value: foot(pupils, 4) },
    { label: 'looked after', value: foot(pupils, 5) },
    { label: 'Providers in use', value: countText(o.inUse.length, f) },
    { label: 'of them unregistered', value: countText(unregistered, f) },
    { label: 'online', value: countText(o.inUse.filter((p) => p.online).length, f) },
    { label: 'Providers to confirm', value: countText(toConfirm.length, f) },
    { label: 'Leavers in the last twelve months: NEET', value: foot(leaverTable, 7) },
  ];
  const tables = [...blocks.values()].flatMap((b) => b.tables);
  return {
    document: AREA_OVERVIEW,
    school: { name: result.area.data.area.name, nameSet: true, urn: null, dsl: null },
    area: {
      name: result.area.data.area.name,
      laCode: result.area.data.area.la_code == null ? null : String(result.area.data.area.la_code),
    },
    asOf: result.asOf,
    version: options.version,
    generatedAt: generatedAt(options.now),
    smallCount: f.small,
    exactCounts: f.exact,
    internal: f.exact,
    notHeldWords: NOT_HELD.toLowerCase(),
    schoolCount: result.schools.length + result.leftOut.length,
    schoolsIn: countText(result.schools.length, f),
    summary,
    alerts: checks.filter((c) => c.severity === 'error'),
    leftOut: result.leftOut.map((l) => ({ name: l.label, why: l.why })),
    withUnreadable: result.schools.filter((s) => s.unreadable.length).map((s) => s.name),
    areas,
    tables,
    counts: { pupils: result.counts.pupils },
  };
}

export type AreaOverviewView = ReturnType<typeof buildOnce>;
