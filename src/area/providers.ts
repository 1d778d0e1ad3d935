// Which providers in different schools' files are the same provider: by URN when registered, otherwise
// by normalised name and postcode (the normalisers GIAS matching uses).
import type { PlacementFile } from '../load/placement-file.js';
import type { Provider } from '../model/schema.js';
import { normaliseName, normalisePostcode } from '../gias/match.js';
import type { AreaSchool } from './schools.js';

export interface ProviderUse {
  school: AreaSchool;
  file: PlacementFile;
  provider: Provider;
  /** Whether the school has an active or upcoming placement there (from the school's run). */
  inUse: boolean;
}

export interface AreaProvider {
  /** "urn:123456" or "name:<normalised name>|<normalised postcode>". */
  key: string;
  /** The name as the first school writes it. */
  name: string;
  postcode: string;
  registered: boolean;
  urn: string | null;
  uses: ProviderUse[];
}

export function urnText(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return /^\d+$/.test(s) ? s : null;
}

export function providerKey(provider: Provider): string {
  const urn = provider.registration.status === 'registered' ? urnText(provider.registration.urn) : null;
  if (urn) return `urn:${urn}`;
  return `name:${normaliseName(provider.name)}|${normalisePostcode(provider.address.postcode)}`;
}

/** The providers of every school, matched across schools; in order of first appearance. */
export function matchProviders(schools: readonly AreaSchool[]): AreaProvider[] {
  const byKey = new Map<string, AreaProvider>();
  for (const school of schools) {
    for (const { file, provider, inUse } of school.result.run.providers) {
      const key = providerKey(provider);
      let entry = byKey.get(key);
      if (!entry) {
        const registered = provider.registration.status === 'registered';
        byKey.set(key, entry = {
          key, name: provider.name.trim(), postcode: normalisePostcode(provider.address.postcode), registered,
          urn: registered ? urnText(provider.registration.urn) : null, uses: [],
        });
      }
      entry.uses.push({ school, file, provider, inUse });
    }
  }
  return [...byKey.values()];
}

/** Whether any school has an active or upcoming placement at the provider. */
export const providerInUse = (provider: Pick<AreaProvider, 'uses'>) => provider.uses.some((u) => u.inUse);

/** The area's key for a pupil: the school's URN and its own reference. Pupils are never joined across schools. */
export const areaPupilKey = (school: AreaSchool, ref: string) => `${school.urn}/${ref.trim().toLowerCase()}`;
