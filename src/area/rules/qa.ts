// area-qa-coverage and area-qa-disagree: the schools' quality-assurance visits of one provider, read
// together, so that schools can share a visit and see when their judgements differ.
import { daysBetween } from '../../model/dates.js';
import { inUse } from '../../rules/terms.js';
import type { AreaProvider, ProviderUse } from '../providers.js';
import type { AreaRule } from './types.js';

const OUTCOME: Record<string, string> = { meets: 'meets', 'partly-meets': 'partly meets', 'does-not-meet': 'does not meet' };

const coverageMessages = {
  missing: (d: { provider: string; schools: number }) =>
    `"${d.provider}" is in use by ${d.schools} ${d.schools === 1 ? 'school' : 'schools'} in the area and none has a quality-assurance record of it: one school's visit against the voluntary national standards, shared, would cover all of them.`,
  old: (d: { provider: string; date: string; school: string; days: number; max: number }) =>
    `The latest quality assurance of "${d.provider}" by any school in the area was on ${d.date} by ${d.school}, ${d.days} days ago (more than qa_max_age_days, ${d.max}): one school's visit, shared, would bring it up to date for all the schools using it.`,
};

const disagreeMessages = {
  differ: (d: { provider: string; term: string; meets: string; fails: string }) =>
    `Schools judged "${d.provider}" differently in the ${d.term}: ${d.meets} found it meets the standards, ${d.fails} found it does not meet them. Compare the visits' evidence and agree what the provider must put right.`,
};

export interface QaSeen {
  use: ProviderUse;
  qaIndex: number;
  date: string;
  outcome: string;
}

/** Every QA record of the provider, from every school using it, latest first. */
export function qaRecords(provider: AreaProvider): QaSeen[] {
  const seen: QaSeen[] = [];
  for (const use of provider.uses) {
    (use.provider.quality_assurance ?? []).forEach((qa, qaIndex) => seen.push({ use, qaIndex, date: String(qa.date), outcome: qa.outcome }));
  }
  return seen.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function providerInUse(provider: AreaProvider, asOf: string): boolean {
  return provider.uses.some((u) => inUse(u.file, asOf));
}

export const areaQaCoverage: AreaRule = {
  id: 'area-qa-coverage', defaultSeverity: 'warn',
  sources: ['DfE Non-school alternative provision: voluntary national standards (2025)', 'DfE Arranging alternative provision: a guide for local authorities and schools (2025)'],
  description: 'A provider in use in the area has no quality assurance by any school, or the latest by any school is older than qa_max_age_days',
  check(ctx) {
    const out = [];
    for (const provider of ctx.providers) {
      if (!providerInUse(provider, ctx.asOf)) continue;
      const latest = qaRecords(provider).find((q) => q.date <= ctx.asOf);
      const places = provider.uses.map((u) => ({ school: u.school, file: u.file, path: u.provider.quality_assurance ? ['provider', 'quality_assurance'] : ['provider'], key: true }));
      if (!latest) {
        out.push({ message: coverageMessages.missing({ provider: provider.name, schools: new Set(provider.uses.map((u) => u.school)).size }), places });
        continue;
      }
      const days = daysBetween(latest.date, ctx.asOf);
      if (days > ctx.thresholds.qa_max_age_days) {
        out.push({ message: coverageMessages.old({ provider: provider.name, date: latest.date, school: latest.use.school.name, days, max: ctx.thresholds.qa_max_age_days }), places });
      }
    }
    return out;
  },
};

/** The school term a date falls in, as England's terms run: autumn (September–December), spring (January–March), summer (April–August). */
export function termOf(iso: string): { key: string; label: string } {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7));
  if (m >= 9) return { key: `${y}-1`, label: `autumn term ${y}` };
  if (m <= 3) return { key: `${y - 1}-2`, label: `spring term ${y}` };
  return { key: `${y - 1}-3`, label: `summer term ${y}` };
}

export const areaQaDisagree: AreaRule = {
  id: 'area-qa-disagree', defaultSeverity: 'warn',
  sources: ['DfE Non-school alternative provision: voluntary national standards (2025)'],
  description: 'Two schools\' quality-assurance outcomes of the same provider in the same term disagree: one meets, the other does not meet',
  check(ctx) {
    const out = [];
    for (const provider of ctx.providers) {
      const byTerm = new Map<string, { label: string; records: QaSeen[] }>();
      for (const q of qaRecords(provider)) {
        const term = termOf(q.date);
        const entry = byTerm.get(term.key) ?? { label: term.label, records: [] };
        entry.records.push(q);
        byTerm.set(term.key, entry);
      }
      for (const { label, records } of byTerm.values()) {
        const meets = records.filter((q) => q.outcome === 'meets');
        const fails = records.filter((q) => q.outcome === 'does-not-meet');
        const failSchools = new Set(fails.map((q) => q.use.school));
        const meetSchools = new Set(meets.map((q) => q.use.school));
        // Two different schools, not one school changing its mind after a re-visit.
        if (![...meetSchools].some((s) => [...failSchools].some((t) => t !== s))) continue;
        const names = (qs: QaSeen[]) => [...new Set(qs.map((q) => `${q.use.school.name} (${q.date})`))].join(', ');
        out.push({
          message: disagreeMessages.differ({ provider: provider.name, term: label, meets: names(meets), fails: names(fails) }),
          places: [...meets, ...fails].map((q) => ({ school: q.use.school, file: q.use.file, path: ['provider', 'quality_assurance', q.qaIndex, 'outcome'] })),
        });
      }
    }
    return out;
  },
};

export { OUTCOME as QA_OUTCOME_WORDS };
