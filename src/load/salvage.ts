// A placement with one unreadable value inside a review, objective or qualification keeps counting: the
// item is left out (its date-format or schema finding stands) and the rest of the placement is used.
import { SALVAGE_LISTS, type PlacementRecord, type SalvageList } from '../model/placement.js';
import type { DataPath } from '../model/findings.js';
import { checkDateFields } from './date-fields.js';
import { ASK_ZOD, fastParse } from './fast-valid.js';
import { schemaLibrary, type SchemaName } from './schemas.js';
import { PLANS } from './plans.js';

/**
 * A placement whose only unreadable values lie inside items of its salvageable lists (reviews, objectives,
 * qualifications), with those items left out, when the rest then validates; else undefined.
 */
export function salvage(
  name: SchemaName,
  raw: unknown,
  failed: readonly DataPath[],
  datePaths: (string | number)[][],
): { data: unknown; listIndex: PlacementRecord['listIndex'] } | undefined {
  if (!failed.length || typeof raw !== 'object' || raw === null) return undefined;
  const drop = new Map<SalvageList, Set<number>>();
  for (const path of failed) {
    const list = path[0] as SalvageList,
      i = path[1];
    if (!(SALVAGE_LISTS as readonly unknown[]).includes(list) || typeof i !== 'number') return undefined;
    let set = drop.get(list);
    if (!set) drop.set(list, (set = new Set()));
    set.add(i);
  }
  const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const listIndex: NonNullable<PlacementRecord['listIndex']> = {};
  for (const [list, set] of drop) {
    const items = copy[list];
    if (!Array.isArray(items)) return undefined;
    listIndex[list] = items.map((_, k) => k).filter((k) => !set.has(k));
    copy[list] = items.filter((_, k) => !set.has(k));
  }
  let clean = true;
  for (const p of datePaths)
    checkDateFields(copy, p, () => {
      clean = false;
    });
  const fast = fastParse(PLANS[name], copy);
  const result =
    fast !== ASK_ZOD ? { success: true as const, data: fast } : schemaLibrary().SCHEMAS[name].safeParse(copy);
  return clean && result.success ? { data: result.data, listIndex } : undefined;
}
