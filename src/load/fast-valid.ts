// A fast path before zod for blocks that are valid, which in a school's repo is nearly all of them: the
// schema's definition is turned once into plain functions that either return what zod would return
// (the same values, keys in the schema's order, as zod builds them) or say "not sure". Only the kinds
// of schema the placement files use are handled (strict objects, strings, finite numbers, booleans,
// enums, literals, arrays, unions, optional and nullable) and, of checks, only a number's int, min and max:
// anything else, and any value that does not fit, goes to zod, which then says what is wrong. Measured
// on the 1,000-file bench: zod's validation was about 14 % of the check's CPU time.
import type { z } from 'zod';

/** "Not sure: ask zod." */
export const ASK_ZOD: unique symbol = Symbol('ask zod');
type Fast = (value: unknown) => unknown;

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
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const askZod: Fast = () => ASK_ZOD;

interface CheckDef {
  check?: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

/** A number's checks as one test (whole numbers, bounds), or undefined for a check not handled here. */
function numberChecks(checks: unknown[]): ((n: number) => boolean) | undefined {
  const tests: ((n: number) => boolean)[] = [];
  for (const c of checks) {
    const def = (c as { _zod: { def: CheckDef } })._zod.def;
    if (def.check === 'number_format' && def.format === 'safeint') tests.push(Number.isSafeInteger);
    else if (def.check === 'greater_than' && typeof def.value === 'number') {
      const m = def.value;
      tests.push(def.inclusive ? (n) => n >= m : (n) => n > m);
    } else if (def.check === 'less_than' && typeof def.value === 'number') {
      const m = def.value;
      tests.push(def.inclusive ? (n) => n <= m : (n) => n < m);
    } else return undefined;
  }
  return (n) => tests.every((t) => t(n));
}

function compile(schema: z.ZodType): Fast {
  const d = defOf(schema);
  if (d.type === 'number' && d.checks?.length) {
    const ok = numberChecks(d.checks);
    return ok ? (v) => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : ASK_ZOD) : askZod;
  }
  if (d.checks?.length) return askZod;
  switch (d.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : ASK_ZOD);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : ASK_ZOD);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : ASK_ZOD);
    case 'enum': {
      const allowed = new Set(Object.values(d.entries ?? {}));
      return (v) => (allowed.has(v) ? v : ASK_ZOD);
    }
    case 'literal': {
      const allowed = new Set(d.values ?? []);
      return (v) => (allowed.has(v) ? v : ASK_ZOD);
    }
    case 'optional': {
      const inner = compile(d.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = compile(d.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'array': {
      const element = compile(d.element!);
      return (value) => {
        if (!Array.isArray(value)) return ASK_ZOD;
        const v: unknown[] = value;
        // zod returns a new array with the same items: the list itself is returned when every item comes
        // back unchanged (the parsed values are not kept, so nothing can tell), saving a copy of every list.
        let i = 0;
        for (; i < v.length; i++) {
          const r = element(v[i]);
          if (r === ASK_ZOD) return ASK_ZOD;
          if (r !== v[i]) break;
        }
        if (i === v.length) return v;
        const out = v.slice(0, i);
        for (; i < v.length; i++) if ((out[i] = element(v[i])) === ASK_ZOD) return ASK_ZOD;
        return out;
      };
    }
    case 'union': {
      const options = d.options!.map(compile);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== ASK_ZOD) return out;
        }
        return ASK_ZOD;
      };
    }
    case 'object': {
      // Strict objects only: any key outside the shape goes to zod (it names the key).
      if (!d.catchall || defOf(d.catchall).type !== 'never') return askZod;
      const keys = Object.keys(d.shape!);
      const fields = keys.map((k) => compile(d.shape![k]));
      const known = new Map(keys.map((k, i) => [k, i]));
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return ASK_ZOD;
        const input = v as Record<string, unknown>;
        let last = -1,
          ordered = true;
        for (const k in input) {
          const at = known.get(k);
          if (at === undefined || !Object.prototype.hasOwnProperty.call(input, k)) return ASK_ZOD;
          if (at < last) ordered = false;
          last = at;
        }
        if (Object.getPrototypeOf(input) !== Object.prototype) return ASK_ZOD;
        // zod builds a new object, keys in the schema's order. When the file already lists them in that order
        // and every value comes back unchanged, that object would be the same as this one: it is returned
        // itself (the parsed values are not kept), saving a copy of nearly every block.
        if (ordered) {
          let i = 0;
          for (; i < keys.length; i++) {
            const x = input[keys[i]];
            const r = fields[i](x);
            if (r === ASK_ZOD) return ASK_ZOD;
            if (r !== x) break;
          }
          if (i === keys.length) return input;
        }
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          const r = fields[i](input[k]);
          if (r === ASK_ZOD) return ASK_ZOD;
          // zod keeps a key given as undefined: asked only then, as most fields are either set or absent.
          if (r !== undefined || Object.prototype.hasOwnProperty.call(input, k)) out[k] = r;
        }
        return out;
      };
    }
    default:
      return askZod;
  }
}

const compiled = new WeakMap<z.ZodType, Fast>();

/** What zod would return for a valid `value`, or ASK_ZOD when the fast path cannot be sure. */
export function fastParse(schema: z.ZodType, value: unknown): unknown {
  let fast = compiled.get(schema);
  if (!fast) compiled.set(schema, (fast = compile(schema)));
  return fast(value);
}
