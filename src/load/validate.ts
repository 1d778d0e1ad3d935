// Validation of a parsed YAML document against the zod model, one block at a time: the `schema` and
// `date-format` findings, each placed at its node by the caller's `add`, and the typed values that passed.
import type { z } from 'zod';
import type { DataPath } from '../model/findings.js';
import type { PlacementRecord } from '../model/placement.js';
import type { Placement, Provider } from '../model/schema.js';
import { PLACEMENT_DATE_PATHS, PROVIDER_DATE_PATHS } from '../model/date-paths.js';
import { nearest } from '../model/nearest.js';
import { salvage } from './salvage.js';
import { checkDateFields } from './date-fields.js';
import { ASK_ZOD, fastParse } from './fast-valid.js';
import { schemaLibrary, type SchemaName } from './schemas.js';
import { PLANS } from './plans.js';

/** A finding of a rule about a node: at its key when `key` is set. */
export type AddFinding = (ruleId: string, path: DataPath, message: string, key?: boolean) => void;

/** A placement file's blocks that passed: the provider, the placements, and how many placements could not be read. */
export interface ValidPlacements {
  provider?: Provider;
  placements: PlacementRecord[];
  /** Entries of `placements:` that failed the schema or date checks and could not be salvaged. */
  unreadable: number;
}

/**
 * Validates one block against its schema and its date fields, each finding through `add`; returns the typed value
 * when it has none. `failed` collects the data paths found wrong (what salvage() leaves out).
 */
export function validateBlock(
  name: SchemaName,
  raw: unknown,
  at: DataPath,
  datePaths: (string | number)[][],
  add: AddFinding,
  failed: DataPath[] = [],
): unknown {
  let found = 0;
  const report: AddFinding = (...finding) => {
    found++;
    add(...finding);
  };
  // Valid blocks skip zod (fast-valid.ts gives what zod would, from the schema's plan); zod, loaded only now,
  // judges the rest and words the findings.
  // A block's keys are never read in order: one listed in another order than the schema's is not copied.
  const fast = fastParse(PLANS[name], raw, { keepOrder: false });
  const library = fast === ASK_ZOD ? schemaLibrary() : undefined;
  const schema: z.ZodType | undefined = library?.SCHEMAS[name];
  const result = schema ? schema.safeParse(raw) : { success: true as const, data: fast };
  if (!result.success && schema) {
    const { describeIssue, keysAt } = library!;
    // A typo'd key (start_dte) also leaves its field (start_date) missing: say it once, as the typo.
    const typoFor = new Set<string>();
    for (const issue of result.error.issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      for (const key of issue.keys) {
        const guess = nearest(key, keysAt(schema, issue.path as DataPath));
        if (guess) typoFor.add([...issue.path, guess].join('\0'));
      }
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          failed.push([...(issue.path as DataPath), key]);
          report(
            'schema',
            [...at, ...(issue.path as DataPath), key],
            describeIssue({ ...issue, keys: [key] }, raw, schema),
            true,
          );
        }
      } else {
        failed.push(issue.path as DataPath);
        if (!(issue.code === 'invalid_type' && typoFor.has(issue.path.join('\0'))))
          report('schema', [...at, ...(issue.path as DataPath)], describeIssue(issue, raw, schema));
      }
    }
  }
  for (const p of datePaths)
    checkDateFields(raw, p, (done, message) => {
      failed.push(done);
      report('date-format', [...at, ...done], message);
    });
  return found === 0 && result.success ? result.data : undefined;
}

/** The top of a placement file: a mapping of `provider:` and `placements:`, each block validated into `valid`. */
export function validatePlacementDocument(
  value: unknown,
  add: AddFinding,
  valid: ValidPlacements = { placements: [], unreadable: 0 },
): ValidPlacements {
  if (typeof value !== 'object' || Array.isArray(value)) {
    add(
      'schema',
      [],
      'The file must be a mapping with a provider: block and a placements: list (see ap-ready init for an example).',
    );
    return valid;
  }
  const top = value as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (key !== 'provider' && key !== 'placements') {
      add(
        'schema',
        [key],
        schemaLibrary().describeIssue({ code: 'unrecognized_keys', keys: [key], path: [] } as never, top, [
          'provider',
          'placements',
        ]),
        true,
      );
    }
  }
  if (top.provider === undefined) {
    add('schema', [], "The provider: block is missing: add it with the provider's name, address and registration.");
  } else {
    const ok = validateBlock('provider', top.provider, ['provider'], PROVIDER_DATE_PATHS, add);
    if (ok) valid.provider = ok as Provider;
  }
  const list = top.placements;
  if (list === undefined || list === null) return valid;
  if (!Array.isArray(list)) {
    add('schema', ['placements'], 'placements: must be a list, each entry starting with "- pupil:".', true);
    return valid;
  }
  list.forEach((item, index) => {
    const failed: DataPath[] = [];
    const ok = validateBlock('placement', item, ['placements', index], PLACEMENT_DATE_PATHS, add, failed);
    if (ok) {
      valid.placements.push({ index, placement: ok as Placement });
      return;
    }
    // One unreadable review, objective or qualification leaves out that item, not the whole placement: its
    // finding stands, and the pupil still counts in every figure and rule.
    const kept = salvage('placement', item, failed, PLACEMENT_DATE_PATHS);
    if (kept) valid.placements.push({ index, placement: kept.data as Placement, listIndex: kept.listIndex });
    else valid.unreadable++;
  });
  return valid;
}
