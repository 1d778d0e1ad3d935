// What the fast path before zod (fast-valid.ts) needs to know of a schema, as plain data: written once from the
// zod schemas (`npm run generate` writes src/model/plans.ts; test/model/plans.test.ts fails when it is out of
// date), so a check whose blocks are all valid never loads the schema library. Only the kinds of schema the
// placement files, the register and the config use are described; any other kind or check is `{ t: 'zod' }`,
// and a value reaching it is left to zod.
import type { z } from 'zod';

export type Plan =
  | { t: 'string'; regex?: [source: string, flags: string]; min?: number; max?: number }
  | { t: 'number'; int?: true; min?: [value: number, inclusive: boolean]; max?: [value: number, inclusive: boolean] }
  | { t: 'boolean' }
  /** One of these values (an enum or a literal). */
  | { t: 'oneOf'; values: unknown[] }
  | { t: 'optional'; of: Plan }
  | { t: 'nullable'; of: Plan }
  /** `value` when the value is missing (zod gives a copy and does not check it), else `of`. */
  | { t: 'default'; value: unknown; of: Plan }
  | { t: 'array'; of: Plan }
  | { t: 'union'; of: Plan[] }
  /** A strict object: these keys only, in this order; with `anyOf`, at least one of those keys given. */
  | { t: 'object'; keys: string[]; of: Plan[]; anyOf?: string[] }
  /** Any keys (text, each `key` when given), each value `of`. */
  | { t: 'record'; of: Plan; key?: Plan }
  | { t: 'zod' };

interface Def {
  type: string;
  checks?: unknown[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  defaultValue?: unknown;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}
interface CheckDef {
  check?: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  /** A refinement's declared params: `{ anyOf: [keys] }` names the one the fast path can check itself. */
  params?: { anyOf?: unknown };
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checkOf = (c: unknown): CheckDef => (c as { _zod: { def: CheckDef } })._zod.def;
const ZOD: Plan = { t: 'zod' };

function numberPlan(checks: unknown[]): Plan {
  const plan: Plan & { t: 'number' } = { t: 'number' };
  for (const c of checks) {
    const d = checkOf(c);
    if (d.check === 'number_format' && d.format === 'safeint') plan.int = true;
    else if (d.check === 'greater_than' && typeof d.value === 'number' && !plan.min)
      plan.min = [d.value, !!d.inclusive];
    else if (d.check === 'less_than' && typeof d.value === 'number' && !plan.max) plan.max = [d.value, !!d.inclusive];
    else return ZOD;
  }
  return plan;
}

function stringPlan(checks: unknown[]): Plan {
  const plan: Plan & { t: 'string' } = { t: 'string' };
  for (const c of checks) {
    const d = checkOf(c);
    if (d.check === 'string_format' && d.format === 'regex' && d.pattern && !plan.regex && !d.pattern.global)
      plan.regex = [d.pattern.source, d.pattern.flags];
    else if (d.check === 'max_length' && typeof d.maximum === 'number' && plan.max === undefined) plan.max = d.maximum;
    else if (d.check === 'min_length' && typeof d.minimum === 'number' && plan.min === undefined) plan.min = d.minimum;
    else return ZOD;
  }
  return plan;
}

/**
 * A strict object's plan. Its only refinement the fast path checks itself is one declared with
 * `params: { anyOf: [keys] }` (at least one of those keys given, as the attendance mappings need `files` or
 * `provider`); any other refinement is a function only zod can run.
 */
function objectPlan(d: Def, checks: unknown[]): Plan {
  // Strict objects only: any key outside the shape is zod's to name.
  if (!d.catchall || defOf(d.catchall).type !== 'never') return ZOD;
  const plan: Plan & { t: 'object' } = {
    t: 'object',
    keys: Object.keys(d.shape!),
    of: Object.values(d.shape!).map(planOf),
  };
  for (const c of checks) {
    const anyOf = checkOf(c).params?.anyOf;
    if (plan.anyOf || !Array.isArray(anyOf) || !anyOf.every((k) => typeof k === 'string' && plan.keys.includes(k)))
      return ZOD;
    plan.anyOf = anyOf as string[];
  }
  return plan;
}

/** The plan of a zod schema. */
export function planOf(schema: z.ZodType): Plan {
  const d = defOf(schema);
  const checks = d.checks ?? [];
  if (d.type === 'number') return numberPlan(checks);
  if (d.type === 'string') return stringPlan(checks);
  if (d.type === 'object') return objectPlan(d, checks);
  if (checks.length) return ZOD;
  switch (d.type) {
    case 'boolean':
      return { t: 'boolean' };
    case 'enum':
      return { t: 'oneOf', values: Object.values(d.entries ?? {}) };
    case 'literal':
      return { t: 'oneOf', values: d.values ?? [] };
    case 'optional':
    case 'nullable':
      return { t: d.type, of: planOf(d.innerType!) };
    case 'default':
      return { t: 'default', value: d.defaultValue, of: planOf(d.innerType!) };
    case 'array':
      return { t: 'array', of: planOf(d.element!) };
    case 'union':
      return { t: 'union', of: d.options!.map(planOf) };
    case 'record': {
      const key = defOf(d.keyType!);
      if (key.type !== 'string') return ZOD;
      if (!key.checks?.length) return { t: 'record', of: planOf(d.valueType!) };
      const keyPlan = stringPlan(key.checks);
      return keyPlan.t === 'zod' ? ZOD : { t: 'record', of: planOf(d.valueType!), key: keyPlan };
    }
    default:
      return ZOD;
  }
}
