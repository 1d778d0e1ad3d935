// Whether a provider the area matched is registered: GIAS when the extract holds its URN, else the
// provider directory, else the schools' own files when they agree. Schools that disagree are a finding
// (area-provider-identity), and until GIAS or the directory settles it the provider counts as unregistered,
// so a registration-threshold breach is never hidden by one school's "registered".
import type { GiasEstablishment } from '../gias/reader.js';
import type { DirectoryEntry } from './directory.js';
import type { Provider } from '../model/schema.js';

/** What registration reads of a school's use of the provider. */
type Use = { provider: Provider; school: { name: string } };

export interface Registration {
  registered: boolean;
  source: 'gias' | 'directory' | 'schools' | 'disagree';
  /** The schools on each side, when they disagree. */
  saysRegistered: string[];
  saysUnregistered: string[];
  /** The type as the directory or the schools give it. */
  type: string | null;
}

export function registrationOf(
  uses: readonly Use[],
  entry: DirectoryEntry | null,
  gias: GiasEstablishment | undefined,
): Registration {
  const names = (registered: boolean) => [
    ...new Set(
      uses.filter((u) => (u.provider.registration.status === 'registered') === registered).map((u) => u.school.name),
    ),
  ];
  const saysRegistered = names(true),
    saysUnregistered = names(false);
  const type =
    entry?.data.registration?.type ??
    uses.find((u) => u.provider.registration.type)?.provider.registration.type ??
    null;
  if (gias) return { registered: gias.open, source: 'gias', saysRegistered, saysUnregistered, type };
  const status = entry?.data.registration?.status;
  if (status)
    return { registered: status === 'registered', source: 'directory', saysRegistered, saysUnregistered, type };
  if (saysRegistered.length && saysUnregistered.length)
    return { registered: false, source: 'disagree', saysRegistered, saysUnregistered, type };
  return { registered: saysRegistered.length > 0, source: 'schools', saysRegistered, saysUnregistered, type };
}
