// A fast path before zod for blocks that are valid, which in a school's repo is nearly all of them: the
// schema's definition is turned once into plain functions that either return what zod would return
// (the same values, keys in the schema's order, as zod builds them, unless the caller does not need the
// order) or say "not sure". Only the kinds of schema the placement files use are handled (strict objects,
// strings, finite numbers, booleans, enums, literals, arrays, unions, optional and nullable) and, of checks,
// only a number's int, min and max: anything else, and any value that does not fit, goes to zod, which then
// says what is wrong. Measured on the 1,000-file bench: zod's validation was about 14 % of the check's CPU time.
import type { Plan } from './fast-plan.js';

/** "Not sure: ask zod." */
export const ASK_ZOD: unique symbol = Symbol('ask zod');
type Fast = (value: unknown) => unknown;
const askZod: Fast = () => ASK_ZOD;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * `keepOrder`: an object comes back with its keys in the schema's order, as zod builds it, even when every value
 * passes unchanged (the config: its thresholds are listed in that order). Without it such an object is returned
 * itself, in the file's order: a placement file's blocks, whose keys nothing reads in order (the findings are
 * sorted by place). Measured: every placement of the 1,000-file bench, like those of the bundled examples, lists
 * `cost` before `exit_plan` (the schema has it last), so every one was copied key by key; not copying them took
 * 3-4 % off the check's time.
 */
function compile(plan: Plan, keepOrder: boolean): Fast {
  const part = (p: Plan) => compile(p, keepOrder);
  switch (plan.t) {
    case 'string': {
      const re = plan.regex && new RegExp(plan.regex[0], plan.regex[1]);
      const { min, max } = plan;
      // zod counts a string's length in UTF-16 units, as .length does.
      return (v) =>
        typeof v === 'string' &&
        (!re || re.test(v)) &&
        (min === undefined || v.length >= min) &&
        (max === undefined || v.length <= max)
          ? v
          : ASK_ZOD;
    }
    case 'number': {
      const { int, min, max } = plan;
      return (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!int || Number.isSafeInteger(v)) &&
        (!min || (min[1] ? v >= min[0] : v > min[0])) &&
        (!max || (max[1] ? v <= max[0] : v < max[0]))
          ? v
          : ASK_ZOD;
    }
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : ASK_ZOD);
    case 'oneOf': {
      const allowed = new Set(plan.values);
      return (v) => (allowed.has(v) ? v : ASK_ZOD);
    }
    case 'optional': {
      const inner = part(plan.of);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = part(plan.of);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      // zod gives a copy of the default each time, unchecked.
      const inner = part(plan.of);
      const value = plan.value;
      return (v) => (v === undefined ? structuredClone(value) : inner(v));
    }
    case 'record': {
      const inner = part(plan.of);
      const key = plan.key && part(plan.key);
      return (v) => {
        if (!isPlainObject(v)) return ASK_ZOD;
        let same = true;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          if (key && key(k) === ASK_ZOD) return ASK_ZOD;
          const r = inner(v[k]);
          if (r === ASK_ZOD || r === undefined) return ASK_ZOD;
          if (r !== v[k]) same = false;
          out[k] = r;
        }
        return same ? v : out;
      };
    }
    case 'array': {
      const element = part(plan.of);
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
      const options = plan.of.map(part);
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
      const keys = plan.keys;
      const fields = plan.of.map(part);
      const known = new Map(keys.map((k, i) => [k, i]));
      const anyOf = plan.anyOf;
      return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) return ASK_ZOD;
        const input = v as Record<string, unknown>;
        // The refinement runs on zod's output, where a missing key is undefined: so is one given as undefined.
        if (anyOf && !anyOf.some((k) => input[k] !== undefined)) return ASK_ZOD;
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
        // (or the order is not kept) and every value comes back unchanged, that object would be the same as this
        // one: it is returned itself (the parsed values are not kept), saving a copy of nearly every block.
        if (ordered || !keepOrder) {
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
    case 'zod':
      return askZod;
  }
}

const compiled = new WeakMap<Plan, Fast>(),
  compiledAnyOrder = new WeakMap<Plan, Fast>();

/**
 * What zod would return for a valid `value` of the schema planned by `plan`, or ASK_ZOD when the fast path cannot
 * be sure. With `keepOrder: false`, an object whose values all pass unchanged keeps its own key order (see compile).
 */
export function fastParse(plan: Plan, value: unknown, options: { keepOrder?: boolean } = {}): unknown {
  const keepOrder = options.keepOrder ?? true;
  const cache = keepOrder ? compiled : compiledAnyOrder;
  let fast = cache.get(plan);
  if (!fast) cache.set(plan, (fast = compile(plan, keepOrder)));
  return fast(value);
}
