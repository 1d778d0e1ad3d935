// area-qa-coverage and area-qa-disagree: the schools' quality-assurance visits of one provider, read
// together, so that schools can share a visit and see when their judgements differ.
import { daysBetween } from '../../model/dates.js';
import { plural } from '../../model/wording.js';
import { providerInUse, type AreaProvider, type ProviderUse } from '../providers.js';
import type { YamlDocument } from '../../model/findings.js';
import { defineAreaRule, reportAcross, type Place } from './types.js';

export interface QaSeen {
  /** Who: a school's name, or the local authority (the provider directory's own QA). */
  by: string;
  /** The school's use, or undefined for the directory's QA. */
  use?: ProviderUse;
  /** Where the record is. */
  place: Place;
  date: string;
  outcome: string;
}

/** Said of the provider directory's own QA, which counts for every school. */
export const LA_QA = 'the local authority';

/** Every QA record of the provider, from every school using it and the provider directory, latest first. */
export function qaRecords(provider: Pick<AreaProvider, 'uses' | 'entry'>, directory?: YamlDocument): QaSeen[] {
  const seen: QaSeen[] = [];
  for (const use of provider.uses) {
    (use.provider.quality_assurance ?? []).forEach((qa, i) =>
      seen.push({
        by: use.school.name,
        use,
        place: { file: use.file, path: ['provider', 'quality_assurance', i, 'outcome'] },
        date: String(qa.date),
        outcome: qa.outcome,
      }),
    );
  }
  if (provider.entry && directory) {
    const { index } = provider.entry;
    (provider.entry.data.quality_assurance ?? []).forEach((qa, i) =>
      seen.push({
        by: LA_QA,
        place: { file: directory, path: ['providers', index, 'quality_assurance', i, 'outcome'] },
        date: String(qa.date),
        outcome: qa.outcome,
      }),
    );
  }
  return seen.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export const areaQaCoverage = defineAreaRule({
  id: 'area-qa-coverage',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'the role of commissioners: quality assurance against the standards',
      note: "the 365-day interval is ap-ready's default, not a national frequency",
    },
    { source: 'arranging-ap', part: 'commissioners quality-assure the provision they use' },
  ],
  thresholds: ['qa_max_age_days'],
  description: (t) =>
    `A provider in use in the area has no quality assurance by any school, or the latest by any school is more than ${t.qa_max_age_days} days old`,
  messages: {
    missing: ({ provider, schools }: { provider: string; schools: number }) =>
      `"${provider}" is in use by ${plural(schools, 'school')} in the area and none has a quality-assurance record of it: one school's visit against the voluntary national standards, shared, would cover all of them.`,
    old: ({
      provider,
      date,
      school,
      days,
      max,
    }: {
      provider: string;
      date: string;
      school: string;
      days: number;
      max: number;
    }) =>
      `The latest quality assurance of "${provider}" by any school in the area was on ${date} by ${school}, ${days} days ago (more than qa_max_age_days, ${max}): one school's visit, shared, would bring it up to date for all the schools using it.`,
  },
  check(ctx) {
    const { asOf, thresholds } = ctx.area;
    for (const provider of ctx.area.providers) {
      if (!providerInUse(provider)) continue;
      const latest = qaRecords(provider, ctx.area.directory).find((q) => q.date <= asOf);
      const at = ['schools', provider.uses[0].school.index];
      const places = provider.uses.map((u) => ({
        file: u.file,
        path: u.provider.quality_assurance ? ['provider', 'quality_assurance'] : ['provider'],
        key: true,
      }));
      if (!latest) {
        reportAcross(ctx, at, places, 'missing', {
          provider: provider.name,
          schools: new Set(provider.uses.map((u) => u.school)).size,
        });
        continue;
      }
      const days = daysBetween(latest.date, asOf);
      if (days > thresholds.qa_max_age_days) {
        reportAcross(ctx, at, places, 'old', {
          provider: provider.name,
          date: latest.date,
          school: latest.by,
          days,
          max: thresholds.qa_max_age_days,
        });
      }
    }
  },
});

/** The school term a date falls in, as England's terms run: autumn (September–December), spring (January–March), summer (April–August). */
export function termOf(iso: string): { key: string; label: string } {
  const y = Number(iso.slice(0, 4)),
    m = Number(iso.slice(5, 7));
  if (m >= 9) return { key: `${y}-1`, label: `autumn term ${y}` };
  if (m <= 3) return { key: `${y - 1}-2`, label: `spring term ${y}` };
  return { key: `${y - 1}-3`, label: `summer term ${y}` };
}

type Visit = { school: string; date: string };
/** "Northfield Academy (2025-10-01), Riverside High School (2025-10-20)". */
const visits = (vs: readonly Visit[]) => [...new Set(vs.map((v) => `${v.school} (${v.date})`))].join(', ');
const visit = (q: QaSeen): Visit => ({ school: q.by, date: q.date });

export const areaQaDisagree = defineAreaRule({
  id: 'area-qa-disagree',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'the four areas: safeguarding and welfare, health and safety, admissions and support, quality of education',
    },
  ],
  thresholds: [],
  description: () =>
    "Two schools' quality-assurance outcomes of the same provider in the same term disagree: one meets, the other does not meet",
  messages: {
    differ: ({ provider, term, meets, fails }: { provider: string; term: string; meets: Visit[]; fails: Visit[] }) =>
      `Schools judged "${provider}" differently in the ${term}: ${visits(meets)} found it meets the standards, ${visits(fails)} found it does not meet them. Compare the visits' evidence and agree what the provider must put right.`,
  },
  check(ctx) {
    for (const provider of ctx.area.providers) {
      const byTerm = new Map<string, { label: string; records: QaSeen[] }>();
      for (const q of qaRecords(provider, ctx.area.directory)) {
        const term = termOf(q.date);
        const entry = byTerm.get(term.key) ?? { label: term.label, records: [] };
        entry.records.push(q);
        byTerm.set(term.key, entry);
      }
      for (const { label, records } of byTerm.values()) {
        const meets = records.filter((q) => q.outcome === 'meets');
        const fails = records.filter((q) => q.outcome === 'does-not-meet');
        const failSchools = new Set(fails.map((q) => q.by));
        const meetSchools = new Set(meets.map((q) => q.by));
        // Two different schools, not one school changing its mind after a re-visit.
        if (![...meetSchools].some((s) => [...failSchools].some((t) => t !== s))) continue;
        const places = [...meets, ...fails].map((q) => q.place);
        reportAcross(ctx, ['schools', provider.uses[0].school.index], places, 'differ', {
          provider: provider.name,
          term: label,
          meets: meets.map(visit),
          fails: fails.map(visit),
        });
      }
    }
  },
});
