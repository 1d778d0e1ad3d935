// The area's provider directory (providers.yaml): the LA's own list of the providers its schools use, each
// with the other spellings schools write, its URNs over time and its registration, and the LA's own
// quality assurance, which counts for every school. Matching across schools reads it first.
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { YamlDocument } from '../model/findings.js';
import { QualityAssuranceSchema, REGISTERED_TYPES, UNREGISTERED_TYPES } from '../model/schema.js';
import { settingsProblems } from '../load/issues.js';
import { normalisePostcode } from '../gias/match.js';
import { providerName } from '../gias/names.js';
import { problemsError, readAreaYaml } from './yaml-doc.js';

const urnValue = z.union([z.number().int(), z.string().regex(/^\s*\d{6}\s*$/, 'a URN is six digits')]);

const DirectoryEntrySchema = z.strictObject({
  id: z.string().min(1).meta({ description: "The LA's own id for the provider" }),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).nullish().meta({ description: 'Other spellings schools use' }),
  postcode: z.string().nullish(),
  urn: z
    .union([urnValue, z.array(z.strictObject({ urn: urnValue, from: z.string().nullish(), to: z.string().nullish() }))])
    .nullish()
    .meta({ description: 'A URN, or its URNs over time: [{ urn, from, to }] (a PRU that became an AP academy)' }),
  registration: z
    .strictObject({
      status: z.enum(['registered', 'unregistered']),
      type: z.enum([...new Set([...REGISTERED_TYPES, ...UNREGISTERED_TYPES])] as [string, ...string[]]).nullish(),
    })
    .nullish(),
  delivery: z.enum(['in-person', 'online', 'mixed']).nullish(),
  quality_assurance: z
    .array(QualityAssuranceSchema)
    .nullish()
    .meta({ description: "The LA's own QA, which counts for every school" }),
});

const DirectorySchema = z.strictObject({ providers: z.array(DirectoryEntrySchema) });

export type DirectoryEntryData = z.infer<typeof DirectoryEntrySchema>;

export interface DirectoryEntry {
  index: number;
  data: DirectoryEntryData;
  /** Every URN it has had, newest last. */
  urns: string[];
  /** Its name and aliases, as matching compares them. */
  names: Set<string>;
  postcode: string;
}

export interface Directory extends YamlDocument {
  path: string;
  displayPath: string;
  entries: DirectoryEntry[];
  byUrn: Map<string, DirectoryEntry>;
  byId: Map<string, DirectoryEntry>;
  /** By compared name: more than one entry may share a name (two sites); the postcode tells them apart. */
  byName: Map<string, DirectoryEntry[]>;
}

const urnText = (u: string | number) => String(u).trim();

export function loadDirectory(path: string, areaDir: string, cwd: string): Directory {
  const doc = readAreaYaml(
    resolve(areaDir, path),
    cwd,
    'the provider directory',
    'providers.yaml, named by directory: in area.yaml',
  );
  const { problems, result } = settingsProblems(DirectorySchema, doc.raw ?? {}, doc.where);
  if (problems.length) throw problemsError('The provider directory', problems);
  const entries: DirectoryEntry[] = [];
  const byUrn = new Map<string, DirectoryEntry>(),
    byId = new Map<string, DirectoryEntry>(),
    byName = new Map<string, DirectoryEntry[]>();
  const clash: string[] = [];
  result.data!.providers.forEach((data, index) => {
    const urn = data.urn;
    const urns = urn == null ? [] : Array.isArray(urn) ? urn.map((u) => urnText(u.urn)) : [urnText(urn)];
    const names = new Set([data.name, ...(data.aliases ?? [])].map(providerName));
    const entry: DirectoryEntry = { index, data, urns, names, postcode: normalisePostcode(data.postcode) };
    if (byId.has(data.id))
      clash.push(
        `${doc.where(['providers', index, 'id'])}: the id "${data.id}" is used twice: give each provider its own id.`,
      );
    byId.set(data.id, entry);
    for (const u of urns) {
      const other = byUrn.get(u);
      if (other)
        clash.push(
          `${doc.where(['providers', index, 'urn'])}: URN ${u} is also "${other.data.name}"'s: a URN belongs to one provider.`,
        );
      byUrn.set(u, entry);
    }
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), entry]);
    entries.push(entry);
  });
  if (clash.length) throw problemsError('The provider directory', clash);
  return { path: doc.abs, displayPath: doc.shown, entries, byUrn, byId, byName, at: (p, opts) => doc.at(p, opts?.key) };
}

/** The directory named by area.yaml, or undefined. */
export function areaDirectory(
  areaPath: string,
  directory: string | null | undefined,
  cwd: string,
): Directory | undefined {
  return directory ? loadDirectory(directory, dirname(areaPath), cwd) : undefined;
}
