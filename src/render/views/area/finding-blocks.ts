// What the area's checks found, worded for publication: the area rules are run again with a report that
// keeps each finding's data, and each is said here with its counts made safe (the rules' own messages,
// for the LA's staff, give exact counts). The schools' findings are counted by kind of problem, never by
// a rule that could describe one child.
import { AREA_RULES, areaSeverity } from '../../../area/index.js';
import { identityIssues, type IdentityIssue, type Written } from '../../../area/identity.js';
import type { Finding } from '../../../model/findings.js';
import { countText } from './safe.js';
import { countsTable, label, type OverviewInput, type ViewTable } from './tables.js';

type Said = { rule: string; id: string; data: Record<string, unknown> };

/** A finding's datum as text. */
const t = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');

/** The area rules' findings on area.yaml, with their data, as the rules found them. */
function areaFindingData(o: OverviewInput): Said[] {
  const out: Said[] = [];
  for (const rule of AREA_RULES) {
    if (areaSeverity(rule, o.result.area) === 'off') continue;
    rule.check({
      area: o.result.run,
      report: (at, id, data) => {
        if ('path' in at && at.file === o.result.area)
          out.push({ rule: rule.id, id, data: data as Record<string, unknown> });
      },
    });
  }
  return out;
}

const names = (xs: unknown) => (xs as { school: string }[]).map((x) => x.school).join(', ');

/** The area rules' findings as published sentences (identity questions are listed apart, to confirm). */
export function areaChecks(o: OverviewInput): { severity: 'error' | 'warn'; severityLabel: string; text: string }[] {
  return checkSentences(o).map((x) => ({ ...x, severityLabel: x.severity === 'error' ? 'Error' : 'Warning' }));
}

function checkSentences(o: OverviewInput): { severity: 'error' | 'warn'; text: string }[] {
  const c = (n: unknown) => countText(Number(n), o.f);
  return areaFindingData(o).flatMap(({ rule, id, data: d }): { severity: 'error' | 'warn'; text: string }[] => {
    if (rule === 'area-unregistered-full-time') {
      const who =
        id === 'count'
          ? `${c(d.total)} pupils of compulsory school age`
          : `${c(d.special)} ${d.anySen ? 'pupils with special educational needs or looked after' : 'pupils with an EHC plan or looked after'}`;
      return [
        {
          severity: 'error' as const,
          text: `"${t(d.provider)}" is unregistered but gives full-time education (more than ${t(d.hours)} hours a week) to ${who} across the area's schools (${names(d.bySchool)}): it may be operating as an unregistered independent school. The schools involved should reduce the hours or move the placements, and the local authority should raise it with the DfE and Ofsted.`,
        },
      ];
    }
    if (rule === 'area-qa-coverage') {
      return [
        {
          severity: 'warn' as const,
          text:
            id === 'missing'
              ? `"${t(d.provider)}" is in use and neither the schools using it nor the local authority has a quality-assurance record of it.`
              : `The latest quality assurance of "${t(d.provider)}" was on ${t(d.date)} by ${t(d.school)}, longer ago than the area's interval (qa_max_age_days).`,
        },
      ];
    }
    if (rule === 'area-qa-disagree') {
      const v = (xs: unknown) =>
        (xs as { school: string; date: string }[]).map((x) => `${x.school} (${x.date})`).join(', ');
      return [
        {
          severity: 'warn' as const,
          text: `Schools judged "${t(d.provider)}" differently in the ${t(d.term)}: ${v(d.meets)} found it meets the standards, ${v(d.fails)} found it does not.`,
        },
      ];
    }
    return [];
  });
}

const listed = (w: Written[]) => w.map((x) => `${x.as} (${x.schools.join(', ')})`).join('; ');
function confirmText(i: IdentityIssue): string {
  switch (i.kind) {
    case 'close':
      return `Close names at ${i.postcode}: ${listed(i.written.map((x) => ({ ...x, as: `"${x.as}"` })))}. One provider, or several?`;
    case 'postcodes':
      return `"${i.name}" at different postcodes: ${listed(i.written)}. One provider with a mistyped postcode, or separate sites?`;
    case 'wrongUrn':
      return `URN ${i.urn} written for providers whose names and postcodes differ: ${listed(i.written)}${i.gias ? `; GIAS names it "${i.gias}"` : ''}. Kept apart until the wrong URN is corrected.`;
    case 'names':
      return `URN ${i.urn} written with different names: ${listed(i.written)}. Counted as one provider: an old name, or a wrong URN?`;
    case 'successor':
      return `"${i.name}" is now URN ${i.urn}; ${listed(i.written)} still write the old URN. Counted as one provider.`;
    case 'unknownId':
      return `Directory id "${i.id}" written for ${listed(i.written)}, but the provider directory has no such id. Matched by URN, name and postcode instead.`;
    case 'registration':
      return `Is "${i.name}" registered? Registered according to ${i.registered.join(', ')}; unregistered according to ${i.unregistered.join(', ')}. Counted as unregistered until GIAS or the provider directory says otherwise.`;
  }
}

/** "Providers to confirm": the likely duplicates and doubtful merges, worked out as area-provider-identity works them out. */
export function providersToConfirm(o: OverviewInput): string[] {
  return identityIssues(o.result.providers, o.result.run.urnConflicts, o.result.run.successors).map(({ issue }) =>
    confirmText(issue),
  );
}

/** Kinds of problem, by rule id: what a school's findings are about, never which child. */
const KINDS: [label: string, match: RegExp][] = [
  [
    'Files that could not be read in full',
    /^(yaml-syntax|schema|date-format|suppression-invalid|attendance-file|attendance-unknown-placement)$/,
  ],
  ['Provider registration and URNs', /^(urn-|unregistered-|postcode-format)/],
  ["Providers' QA, safeguarding and agreements", /^(qa-|safeguarding-|agreement-|attendance-reporting|curriculum-)/],
  [
    'Safeguards for vulnerable pupils',
    /^(looked-after-|ehcp-la-consulted|part-time|social-worker-informed|risk-assessment|off-site-direction|la-notified)/,
  ],
  [
    'Whereabouts, hours and attendance',
    /^(whereabouts-|education-below-full-time|session-|hours-|combined-hours|multiple-providers|attendance-)/,
  ],
];
const OTHER = 'Placement records (plans, reviews, destinations)';

export function findingsBySchool(o: OverviewInput): ViewTable {
  const heads = [...KINDS.map(([l]) => l), OTHER];
  // Each rule's kind found once (a few dozen rules), and each school's findings counted in one pass.
  const kinds = new Map<string, number>();
  const kindOf = (f: Finding) => {
    let k = kinds.get(f.ruleId);
    if (k === undefined) {
      const i = KINDS.findIndex(([, re]) => re.test(f.ruleId));
      kinds.set(f.ruleId, (k = i < 0 ? heads.length - 1 : i));
    }
    return k;
  };
  const count = (findings: readonly Finding[]) => {
    const n = heads.map(() => 0);
    for (const f of findings) if (!f.suppression) n[kindOf(f)]++;
    return n;
  };
  return countsTable(
    {
      id: 'findings-by-school',
      title: 'Open findings by school, by kind of problem',
      head: [{ text: 'School', width: '22%' }, ...heads.map((text) => ({ text, num: true }))],
      labels: o.result.schools.map((s) => [label(s.name)]),
      counts: o.result.schools.map((s) => count(s.result.findings)),
      totals: 'rows',
      totalHead: 'All open findings',
      note: "Errors and warnings from each school's own check, counted by what they are about. Each school sees its own, with where to fix them, with ap-ready check.",
    },
    o.f,
  );
}
