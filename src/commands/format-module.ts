// `--format` naming a formatter module, as ESLint's `-f`: a path (relative to the working folder), or a
// package name found from the working folder, `NAME` meaning the package eslint-formatter-NAME (or NAME
// itself) and `@scope/NAME` meaning @scope/eslint-formatter-NAME. The module exports a function that is
// called as ESLint calls a formatter, with ESLint's results (exactly what --format json prints) and a
// context of { cwd, rulesMeta } (what json-with-metadata prints as metadata), and returns the report's text
// (or a promise of it). So the community's ESLint formatters work as they are.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../model/findings.js';
import { FORMATTERS } from '../report/index.js';
import { printable } from '../report/escape.js';
import { jsonWithMetadata } from '../report/json.js';
import type { ReportInput } from '../report/types.js';

/** A loaded formatter module, as a function of the report's input. */
export type ModuleFormatter = (input: ReportInput) => Promise<string>;

const PREFIX = 'eslint-formatter';

/** ESLint's naming: friendly is eslint-formatter-friendly, @scope/x is @scope/eslint-formatter-x, @scope is @scope/eslint-formatter. */
function packageNames(name: string): string[] {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2) as [string, string | undefined];
    if (rest === undefined) return [`${scope}/${PREFIX}`];
    return rest.startsWith(PREFIX) ? [name] : [`${scope}/${PREFIX}-${rest}`, name];
  }
  return name.startsWith(`${PREFIX}-`) ? [name] : [`${PREFIX}-${name}`, name];
}

/** A path, not a package name: it has a slash (other than a scoped package's), starts with a dot, or ends in .js. */
const looksLikePath = (spec: string) =>
  (/[\\/]/.test(spec) && !/^@[^\\/]+\/[^\\/]+$/.test(spec)) || spec.startsWith('.') || /\.[cm]?js$/.test(spec);

/** Where the module is: a file, or a package resolved from the working folder; undefined when there is none. */
function locate(spec: string, cwd: string): { file: string; tried: string[] } | { file: undefined; tried: string[] } {
  if (looksLikePath(spec)) {
    const file = resolve(cwd, spec);
    return { file: existsSync(file) ? file : undefined, tried: [file] };
  }
  const require = createRequire(join(resolve(cwd), 'ap-ready-format.cjs'));
  const names = packageNames(spec);
  for (const name of names) {
    try {
      return { file: require.resolve(name), tried: names };
    } catch {
      /* the next name */
    }
  }
  return { file: undefined, tried: names };
}

/** The formatter a --format value names that is not one of ap-ready's own; a UsageError (exit 2) when it cannot be loaded. */
export async function loadFormatModule(spec: string, cwd: string): Promise<ModuleFormatter> {
  const shown = printable(spec.slice(0, 200));
  const { file, tried } = locate(spec, cwd);
  if (!file) {
    throw new UsageError(
      `--format "${shown}" is not a format: use one of ${Object.keys(FORMATTERS).join(', ')}, or a formatter module (a path such as ./my-format.js, or an installed package; tried ${tried.map((t) => printable(t)).join(', ')}).`,
    );
  }
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    throw new UsageError(
      `--format "${shown}": the formatter module ${printable(file)} could not be loaded: ${printable((e as Error).message ?? String(e)).slice(0, 300)}`,
    );
  }
  const fn = mod.default;
  if (typeof fn !== 'function') {
    throw new UsageError(
      `--format "${shown}": ${printable(file)} exports no formatter function (a formatter module exports one function, as ESLint's do).`,
    );
  }
  return async (input) => {
    const { results, metadata } = JSON.parse(jsonWithMetadata(input)) as {
      results: unknown[];
      metadata: { cwd?: string; rulesMeta: unknown };
    };
    let text: unknown;
    try {
      text = await (fn as (results: unknown[], context: unknown) => unknown)(results, {
        cwd: metadata.cwd ?? input.cwd,
        rulesMeta: metadata.rulesMeta,
      });
    } catch (e) {
      throw new UsageError(
        `--format "${shown}": the formatter failed: ${printable((e as Error).message ?? String(e)).slice(0, 300)}`,
      );
    }
    if (typeof text !== 'string')
      throw new UsageError(
        `--format "${shown}": the formatter returned ${text === null ? 'null' : typeof text}, not the report's text.`,
      );
    // ESLint prints a formatter's text with console.log: a line end after it.
    return text && !text.endsWith('\n') ? `${text}\n` : text;
  };
}

/** True for ap-ready's own formats; otherwise --format names a module. */
export const isBuiltInFormat = (format: string | undefined) =>
  format === undefined || Object.hasOwn(FORMATTERS, format);
