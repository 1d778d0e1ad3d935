// The default pupil_reference_pattern, apart from the config schema so messages and `ap-ready rules` can use it
// without loading zod: letters, an optional hyphen, then digits (P-0042, KS3-17, AP17), or a plain number.
//
// A school's own pattern runs in RE2 (re2-wasm: Google's linear-time engine, no native build), never in
// JavaScript's backtracking engine: a pattern with nested quantifiers ("(a+)+") and one crafted reference
// would otherwise hang the check for ever. RE2 has no backreferences or lookarounds; a pattern that needs
// them is a config error saying so. Measured on the 2-core machine: loading re2-wasm takes 50-140 ms and its
// first compile 20-130 ms, paid only by a school that sets its own pattern (the default runs natively: its
// quantifiers are bounded).
import { createRequire } from 'node:module';

export const DEFAULT_PUPIL_REFERENCE_PATTERN = '^(?:[A-Za-z][A-Za-z0-9]{0,7}-?)?[0-9]{1,8}$';

export interface Matcher {
  test(text: string): boolean;
}

type Re2Class = new (source: string, flags: string) => Matcher;
// Loaded on first use only: CommonJS, so through require (synchronous, as the rules that match references are).
const require = createRequire(import.meta.url);
let re2: Re2Class | undefined;

/** Compiles `^(?:source)$` in RE2; throws a SyntaxError (with RE2's reason) when RE2 cannot run it. */
function compileRe2(source: string): Matcher {
  re2 ??= (require('re2-wasm') as { RE2: Re2Class }).RE2;
  return new re2(`^(?:${source})$`, 'u');
}

const compiled = new Map<string, Matcher>();

/** The pattern matched against a whole reference, in bounded time (compiled once per pattern). */
export function referenceMatcher(source: string): Matcher {
  let m = compiled.get(source);
  if (!m)
    compiled.set(
      source,
      (m = source === DEFAULT_PUPIL_REFERENCE_PATTERN ? new RegExp(`^(?:${source})$`, 'u') : compileRe2(source)),
    );
  return m;
}

/** Why a school's pattern cannot be used, or undefined when it can (a valid pattern RE2 can run). */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  try {
    referenceMatcher(source);
    return undefined;
  } catch {
    return 'uses a feature that cannot be matched in bounded time (a backreference such as \\1, or a lookahead or lookbehind): write it without one';
  }
}
