// Which providers in different schools' files are the same provider. In order: the area's provider
// directory (a URN it lists, or its name or an alias at its postcode), then the URN (followed to its
// successor through GIAS links), then the name and postcode compared as names.ts compares them. Uses that
// meet any of these are one provider (joined transitively). A URN whose users disagree on both the name
// and the postcode (or disagree with GIAS's record of it) joins nothing by URN: a wrong URN never merges
// two providers' figures. Registration comes from GIAS, else the directory, else the schools' agreement.
import type { PlacementFile } from '../load/placement-file.js';
import type { Provider } from '../model/schema.js';
import { pupilKey } from '../model/placement.js';
import type { GiasIndex } from '../gias/reader.js';
import { normalisePostcode } from '../gias/match.js';
import type { AreaSchool } from './schools.js';
import type { Directory, DirectoryEntry } from './directory.js';
import { closeNames, providerName } from '../gias/names.js';
import { registrationOf, type Registration } from './registration.js';

export interface ProviderUse {
  school: AreaSchool;
  file: PlacementFile;
  provider: Provider;
  /** Whether the school has an active or upcoming placement there (from the school's run). */
  inUse: boolean;
  /** The name as compared (providerName), and the postcode normalised. */
  name: string;
  postcode: string;
  /** The URN the school wrote, when it says the provider is registered. */
  urn: string | null;
}

/** A URN that joined nothing because its users (or GIAS) disagree on what it is. */
export interface UrnConflict {
  urn: string;
  /** GIAS's name for it, when the extract has it. */
  gias: string | null;
  uses: ProviderUse[];
}

export interface AreaProvider {
  /** "dir:<id>", "urn:<urn>" or "name:<name>|<postcode>": stable for one run. */
  key: string;
  /** The directory's id, when the directory lists it. */
  id: string | null;
  entry: DirectoryEntry | null;
  /** The directory's name, else GIAS's, else the spelling most schools use. */
  name: string;
  postcode: string;
  /** Whether the area treats it as registered (the threshold rule counts it unregistered otherwise). */
  registered: boolean;
  registration: Registration;
  /** The current URN, when registered. */
  urn: string | null;
  /** Other URNs the schools wrote for it (a predecessor's). */
  oldUrns: string[];
  online: boolean;
  uses: ProviderUse[];
}

export function urnText(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return /^\d+$/.test(s) ? s : null;
}

export interface MatchInput {
  directory?: Directory;
  gias?: GiasIndex;
  /** URN → its successor's URN (GIAS links). */
  successors?: ReadonlyMap<string, string>;
}

export interface Matched {
  providers: AreaProvider[];
  urnConflicts: UrnConflict[];
}

/** The latest URN in a chain of successors (a loop stops where it started). */
export function latestUrn(urn: string, successors?: ReadonlyMap<string, string>): string {
  let at = urn;
  const seen = new Set([at]);
  for (let next = successors?.get(at); next && !seen.has(next); next = successors?.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

function directoryEntryOf(u: ProviderUse, dir: Directory | undefined): DirectoryEntry | undefined {
  if (!dir) return undefined;
  // The directory's id, when the school's file gives it, decides (an id the directory does not list is
  // area-provider-identity's, and the file is matched as if it gave none).
  const byId = u.provider.directory_id ? dir.byId.get(u.provider.directory_id.trim()) : undefined;
  if (byId) return byId;
  const byUrn = u.urn ? dir.byUrn.get(u.urn) : undefined;
  // A directory URN counts only when the name or the postcode agrees: else the school's URN is wrong.
  if (
    byUrn &&
    ([...byUrn.names].some((n) => closeNames(n, u.name)) || (byUrn.postcode && byUrn.postcode === u.postcode))
  )
    return byUrn;
  const named = dir.byName.get(u.name) ?? [];
  return (
    named.find((e) => e.postcode && e.postcode === u.postcode) ??
    named.find((e) => !e.postcode || !u.postcode) ??
    (named.length === 1 ? named[0] : undefined)
  );
}

/** The providers of every school, matched across schools; in order of first appearance. */
export function matchProviders(schools: readonly AreaSchool[], input: MatchInput = {}): Matched {
  const uses: ProviderUse[] = [];
  for (const school of schools) {
    for (const { file, provider, inUse } of school.result.run.providers) {
      const registered = provider.registration.status === 'registered';
      uses.push({
        school,
        file,
        provider,
        inUse,
        name: providerName(provider.name),
        postcode: normalisePostcode(provider.address.postcode),
        urn: registered ? urnText(provider.registration.urn) : null,
      });
    }
  }
  const parent = uses.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (ids: number[]) => {
    for (const i of ids.slice(1)) parent[find(i)] = find(ids[0]);
  };
  const byKey = (key: (u: ProviderUse, i: number) => string | undefined) => {
    const groups = new Map<string, number[]>();
    uses.forEach((u, i) => {
      const k = key(u, i);
      if (k) groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    return groups;
  };
  const entries = uses.map((u) => directoryEntryOf(u, input.directory));
  for (const ids of byKey((_, i) => entries[i]?.data.id).values()) join(ids);
  // By URN, unless its users disagree on both name and postcode with its reference (GIAS, else the first user).
  const urnConflicts: UrnConflict[] = [];
  for (const [urn, ids] of byKey((u, i) => (u.urn && !entries[i] ? latestUrn(u.urn, input.successors) : undefined))) {
    const gias = input.gias?.get(urn) ?? ids.map((i) => input.gias?.get(uses[i].urn!)).find(Boolean);
    const ref = gias ? { name: providerName(gias.name), postcode: normalisePostcode(gias.postcode) } : uses[ids[0]];
    const agrees = (u: ProviderUse) => closeNames(u.name, ref.name) || (!!ref.postcode && u.postcode === ref.postcode);
    const good = ids.filter((i) => agrees(uses[i])),
      bad = ids.filter((i) => !agrees(uses[i]));
    if (good.length) join(good);
    if (bad.length) urnConflicts.push({ urn, gias: gias?.name ?? null, uses: [...good, ...bad].map((i) => uses[i]) });
  }
  // By name and postcode, but never joining two directory entries: the directory has said they differ.
  for (const ids of byKey((u) => `${u.name}|${u.postcode}`).values()) {
    const listed = new Set(ids.map((i) => entries[i]?.data.id).filter(Boolean));
    if (listed.size <= 1) join(ids);
    else for (const id of listed) join(ids.filter((i) => entries[i]?.data.id === id));
  }

  const groups = new Map<number, number[]>();
  uses.forEach((_, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const providers = [...groups.values()].map((ids) => {
    const mine = ids.map((i) => uses[i]);
    const entry = ids.map((i) => entries[i]).find(Boolean) ?? null;
    const written = mine.map((u) => u.urn).filter((u): u is string => !!u);
    const urns = [...new Set(written.map((u) => latestUrn(u, input.successors)))];
    // GIAS's record counts only when it is this provider's: its name or postcode agrees with a school's.
    const gias = urns
      .map((u) => input.gias?.get(u))
      .find(
        (g) =>
          g &&
          mine.some(
            (u) =>
              closeNames(u.name, providerName(g.name)) ||
              (!!g.postcode && normalisePostcode(g.postcode) === u.postcode),
          ),
      );
    // The current URN's users first, so its type is the one shown.
    const current = gias?.urn ?? urns[0];
    const registration = registrationOf(
      [...mine.filter((u) => u.urn === current), ...mine.filter((u) => u.urn !== current)],
      entry,
      gias,
    );
    const urn = registration.registered ? (entry?.urns.at(-1) ?? gias?.urn ?? urns[0] ?? null) : null;
    const spelling = mostCommon(mine.map((u) => u.provider.name.trim()));
    const name = entry?.data.name ?? gias?.name ?? spelling;
    const postcode = normalisePostcode(entry?.data.postcode) || mostCommon(mine.map((u) => u.postcode));
    const online =
      (entry?.data.delivery ?? mostCommon(mine.map((u) => u.provider.delivery ?? 'in-person'))) === 'online' ||
      mine.some((u) => u.provider.registration.type === 'online' || u.provider.registration.type === 'online-provider');
    const key = entry ? `dir:${entry.data.id}` : urn ? `urn:${urn}` : `name:${mine[0].name}|${mine[0].postcode}`;
    return {
      key,
      id: entry?.data.id ?? null,
      entry,
      name,
      postcode,
      registered: registration.registered,
      registration,
      urn,
      oldUrns: [...new Set(written)].filter((u) => u !== urn),
      online,
      uses: mine,
    } satisfies AreaProvider;
  });
  return { providers, urnConflicts };
}

/** The value most often given (the first of equals); '' for none. */
function mostCommon(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  let best = '',
    most = 0;
  for (const [v, c] of n)
    if (c > most) {
      best = v;
      most = c;
    }
  return best;
}

/** Whether any school has an active or upcoming placement at the provider. */
export const providerInUse = (provider: Pick<AreaProvider, 'uses'>) => provider.uses.some((u) => u.inUse);

/**
 * The area's key for a pupil: the school's URN and its own reference (as pupilKey makes it). Pupils are never
 * joined across schools. Made once per school and reference: the overview counts pupils in sets of these, one
 * lookup per placement per table, and a new string each time had the set work out its hash again.
 */
export function areaPupilKey(school: AreaSchool, ref: string): string {
  // Kept on the school's own Run, as every per-run fact is.
  const keys = school.result.run.memo('area:pupil-keys', () => new Map<string, string>());
  let key = keys.get(ref);
  if (key === undefined) keys.set(ref, (key = `${school.urn}/${pupilKey(ref)}`));
  return key;
}
