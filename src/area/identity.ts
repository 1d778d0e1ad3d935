// The likely duplicates the matching did not merge, and the merges a person should confirm: worked out
// once, said by area-provider-identity and listed by the overview under "Providers to confirm".
import type { AreaProvider, ProviderUse, UrnConflict } from './providers.js';
import { closeNames } from '../gias/names.js';
import type { Place } from './rules/types.js';

/** One spelling (or postcode, or URN) and the schools that write it. */
export interface Written {
  as: string;
  schools: string[];
}

export type IdentityIssue =
  | { kind: 'close'; postcode: string; written: Written[]; providers: AreaProvider[] }
  | { kind: 'postcodes'; name: string; written: Written[]; providers: AreaProvider[] }
  | { kind: 'wrongUrn'; urn: string; gias: string | null; written: Written[] }
  | { kind: 'names'; urn: string; written: Written[] }
  | { kind: 'successor'; name: string; oldUrns: string[]; urn: string; written: Written[] }
  | { kind: 'registration'; name: string; registered: string[]; unregistered: string[]; provider: AreaProvider }
  | { kind: 'unknownId'; id: string; written: Written[] };

export interface IdentityFinding {
  issue: IdentityIssue;
  places: Place[];
  schoolIndex: number;
}

const schoolsOf = (uses: readonly ProviderUse[]) => [...new Set(uses.map((u) => u.school.name))];
function writtenBy(uses: readonly ProviderUse[], as: (u: ProviderUse) => string): Written[] {
  const m = new Map<string, ProviderUse[]>();
  for (const u of uses) m.set(as(u), [...(m.get(as(u)) ?? []), u]);
  return [...m].map(([a, us]) => ({ as: a, schools: schoolsOf(us) }));
}
const spelling = (u: ProviderUse) => u.provider.name.trim();
const at = (uses: readonly ProviderUse[], path: (string | number)[]): Place[] =>
  uses.map((u) => ({ file: u.file, path }));

export function identityIssues(
  providers: readonly AreaProvider[],
  urnConflicts: readonly UrnConflict[],
  successors?: ReadonlyMap<string, string>,
): IdentityFinding[] {
  const out: IdentityFinding[] = [];
  // Not merged, listed separately in the directory: the LA has already said these are different.
  const bothListed = (a: AreaProvider, b: AreaProvider) => !!a.entry && !!b.entry;
  // Compared within a postcode (close names) and within a name (different postcodes), never all pairs.
  const pairs = new Set<string>();
  const byPostcode = new Map<string, AreaProvider[]>(),
    byName = new Map<string, AreaProvider[]>();
  for (const p of providers) {
    if (p.postcode) byPostcode.set(p.postcode, [...(byPostcode.get(p.postcode) ?? []), p]);
    for (const n of new Set(p.uses.map((u) => u.name))) byName.set(n, [...(byName.get(n) ?? []), p]);
  }
  const eachPair = (groups: Map<string, AreaProvider[]>, f: (a: AreaProvider, b: AreaProvider) => void) => {
    for (const g of groups.values())
      for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (g[i] !== g[j]) f(g[i], g[j]);
  };
  const namesOf = (p: AreaProvider) => [...new Set(p.uses.map((u) => u.name))];
  eachPair(byPostcode, (a, b) => {
    if (bothListed(a, b) || !namesOf(a).some((n) => namesOf(b).some((m) => closeNames(n, m)))) return;
    pairs.add(`${a.key}\n${b.key}`);
    const uses = [...a.uses, ...b.uses];
    out.push({
      issue: { kind: 'close', postcode: a.postcode, written: writtenBy(uses, spelling), providers: [a, b] },
      places: at(uses, ['provider', 'name']),
      schoolIndex: uses[0].school.index,
    });
  });
  eachPair(byName, (a, b) => {
    const uses = [...a.uses, ...b.uses];
    // One school's two sites is its own business; across schools it may be a mistyped postcode.
    if (
      bothListed(a, b) ||
      a.postcode === b.postcode ||
      pairs.has(`${a.key}\n${b.key}`) ||
      new Set(uses.map((u) => u.school)).size < 2
    )
      return;
    pairs.add(`${a.key}\n${b.key}`);
    out.push({
      issue: {
        kind: 'postcodes',
        name: a.name,
        written: writtenBy(uses, (u) => u.postcode || 'no postcode'),
        providers: [a, b],
      },
      places: at(uses, ['provider', 'address', 'postcode']),
      schoolIndex: uses[0].school.index,
    });
  });
  for (const c of urnConflicts) {
    out.push({
      issue: {
        kind: 'wrongUrn',
        urn: c.urn,
        gias: c.gias,
        written: writtenBy(c.uses, (u) => `"${spelling(u)}" (${u.postcode || 'no postcode'})`),
      },
      places: at(c.uses, ['provider', 'registration', 'urn']),
      schoolIndex: c.uses[0].school.index,
    });
  }
  for (const p of providers) {
    const old = p.uses.filter((u) => u.urn && successors?.has(u.urn));
    if (p.urn && old.length) {
      out.push({
        issue: {
          kind: 'successor',
          name: p.name,
          oldUrns: [...new Set(old.map((u) => u.urn!))],
          urn: p.urn,
          written: writtenBy(old, (u) => u.urn!),
        },
        places: at(old, ['provider', 'registration', 'urn']),
        schoolIndex: old[0].school.index,
      });
    }
    // One URN, merged (the postcode agrees), but written with names that are not close: an old name, or a wrong URN.
    const withUrn = p.uses.filter((u) => u.urn);
    const names = [...new Set(withUrn.map((u) => u.name))];
    if (!p.entry && p.urn && names.length > 1 && !names.every((n) => closeNames(n, names[0])) && !old.length) {
      out.push({
        issue: { kind: 'names', urn: p.urn, written: writtenBy(withUrn, (u) => `"${spelling(u)}"`) },
        places: at(withUrn, ['provider', 'name']),
        schoolIndex: withUrn[0].school.index,
      });
    }
    // A directory id the directory does not list (or no directory at all): matched without it.
    const unknown = p.uses.filter((u) => u.provider.directory_id && u.provider.directory_id.trim() !== p.id);
    for (const id of new Set(unknown.map((u) => u.provider.directory_id!.trim()))) {
      const mine = unknown.filter((u) => u.provider.directory_id!.trim() === id);
      out.push({
        issue: { kind: 'unknownId', id, written: writtenBy(mine, (u) => `"${spelling(u)}"`) },
        places: at(mine, ['provider', 'directory_id']),
        schoolIndex: mine[0].school.index,
      });
    }
    if (p.registration.source === 'disagree') {
      out.push({
        issue: {
          kind: 'registration',
          name: p.name,
          registered: p.registration.saysRegistered,
          unregistered: p.registration.saysUnregistered,
          provider: p,
        },
        places: at(p.uses, ['provider', 'registration', 'status']),
        schoolIndex: p.uses[0].school.index,
      });
    }
  }
  return out;
}
