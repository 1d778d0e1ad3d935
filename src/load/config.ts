// Finds and reads `ap-ready.config.yaml`. Every problem in it is reported at once, as a UsageError (exit 2).
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { nodeFsLike, readBounded, type FsLike } from './fs.js';
import type { Config } from '../model/config.js';
import { SEVERITY_SETTINGS } from '../model/enums.js';
import { nearest } from '../model/nearest.js';
import { quoteValue } from './values.js';
import { ASK_ZOD, fastParse } from './fast-valid.js';
import { PLANS } from './plans.js';
import { schemaLibrary } from './schemas.js';
import { SpecialFileError } from './open-regular.js';
import { expandsPast, LineIndex, parseYaml, TooManyValuesError, YamlSyntaxError } from './yaml.js';
import { dayNumber } from '../model/dates.js';
import { thousands } from '../model/wording.js';

/** A config file is a few hundred bytes and a few dozen values. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_CONFIG_VALUES = 20_000;
/** Term-date ranges a config may list. */
export const MAX_TERM_RANGES = 200;

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, if any. */
  path?: string;
}

/** The config of a school with no config file: every default (model/config.ts's DEFAULT_CONFIG, without zod). */
export function defaultConfig(): Config {
  return fastParse(PLANS.config, {}) as Config;
}

export function loadConfig(
  path: string | undefined,
  ruleIds: readonly string[],
  fixedIds: readonly string[],
  cwd = process.cwd(),
  fs: FsLike = nodeFsLike,
): LoadedConfig {
  if (!path) return { config: defaultConfig() };
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  let src: string;
  try {
    // Only a regular file (a FIFO would block, /dev/zero never ends), and at most 1 MB.
    const read = readBounded(fs, abs, MAX_CONFIG_BYTES, { what: 'config file', shown });
    if ('size' in read)
      throw new UsageError(
        `${shown}: the config file is ${(read.size / 1048576).toFixed(1)} MB; a config file is a few hundred bytes. Check configPath names ap-ready.config.yaml.`,
        'configPath',
      );
    src = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof SpecialFileError)
      throw new UsageError(`${e.message} Give the path of ap-ready.config.yaml as configPath.`, 'configPath');
    throw new UsageError(`${shown}: the config file cannot be read. Check the path given as configPath.`, 'configPath');
  }
  let parsed;
  try {
    parsed = parseYaml(src, MAX_CONFIG_VALUES);
  } catch (e) {
    if (e instanceof TooManyValuesError)
      throw new UsageError(
        `${shown}: the config file holds more than ${thousands(MAX_CONFIG_VALUES)} values; a config file holds a few dozen. Check configPath names ap-ready.config.yaml.`,
        'configPath',
      );
    if (e instanceof YamlSyntaxError) {
      const why = /more than one YAML document/.test(e.message)
        ? 'it holds more than one YAML document (a --- line): keep one, with school:, rules: and thresholds: in it'
        : e.message;
      throw new UsageError(`${shown}:${e.line}:${e.column}: the config file is not valid YAML: ${why}.`);
    }
    throw e;
  }
  // Aliases (*name) expand: counted as used, so a few hundred bytes cannot become millions of values.
  if (expandsPast(parsed, src, MAX_CONFIG_VALUES)) {
    throw new UsageError(
      `${shown}: the config file expands to more than ${thousands(MAX_CONFIG_VALUES)} values (YAML aliases used over and over): write the values out instead.`,
    );
  }
  const raw = parsed.value ?? {};
  const lines = new LineIndex(src);
  const where = (p: readonly (string | number)[], key = false) => {
    const { node, exact } = parsed.tree.locate(p);
    const off = (key || !exact) && node.keyStart !== undefined ? node.keyStart : node.start;
    const pos = lines.pos(off);
    return `${shown}:${pos.line}:${pos.column}`;
  };
  // A valid config passes the fast path (zod's result without loading zod); zod words what is wrong with the rest.
  const fast = fastParse(PLANS.config, raw);
  const { problems, result } =
    fast !== ASK_ZOD
      ? { problems: [] as string[], result: { success: true as const, data: fast as Config } }
      : schemaLibrary().settingsProblems(schemaLibrary().SCHEMAS.config, raw, where, { echo: true });
  const rules = (raw as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, setting] of Object.entries(rules)) {
      if (!ruleIds.includes(id)) {
        const guess = nearest(id, ruleIds);
        problems.push(
          `${where(['rules', id], true)}: unknown rule ${quoteValue(id)}${guess ? `: did you mean "${guess}"?` : '.'} Run 'ap-ready rules' for the list.`,
        );
      } else if (fixedIds.includes(id)) {
        problems.push(
          `${where(['rules', id], true)}: the rule ${quoteValue(id)} is fixed: it always reports an error and cannot be set in config. Remove this line.`,
        );
      } else if (!(SEVERITY_SETTINGS as readonly string[]).includes(String(setting)) && result.success) {
        problems.push(`${where(['rules', id])}: ${quoteValue(setting)} is not a rule setting: use off, warn or error.`);
      }
    }
  }
  const terms = (raw as { term_dates?: unknown }).term_dates;
  if (Array.isArray(terms) && terms.length > MAX_TERM_RANGES) {
    problems.push(
      `${where(['term_dates'], true)}: term_dates lists ${terms.length} terms; at most ${MAX_TERM_RANGES} are allowed (six terms a year for over 30 years). Keep the current and recent school years.`,
    );
  } else if (Array.isArray(terms)) {
    terms.forEach((t, i) => {
      for (const k of ['start', 'end'] as const) {
        const v = (t as Record<string, unknown> | null)?.[k];
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayNumber(v) === undefined) {
          problems.push(`${where(['term_dates', i, k])}: ${v} is not a real date: check the day and month.`);
        }
      }
      const r = t as { start?: unknown; end?: unknown } | null;
      if (
        typeof r?.start === 'string' &&
        typeof r?.end === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(r.start) &&
        /^\d{4}-\d{2}-\d{2}$/.test(r.end) &&
        r.end < r.start
      ) {
        problems.push(`${where(['term_dates', i])}: this term ends (${r.end}) before it starts (${r.start}).`);
      }
    });
  }
  if (problems.length) {
    throw new UsageError(
      `The config file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  const config = result.data!;
  // Paths in the config are relative to the config file.
  const base = dirname(abs);
  if (config.gias && !isAbsolute(config.gias)) config.gias = join(base, config.gias);
  if (config.templates && !isAbsolute(config.templates)) config.templates = join(base, config.templates);
  if (config.pupils && !isAbsolute(config.pupils)) config.pupils = join(base, config.pupils);
  return { config, path: abs };
}
