// Finds and reads `ap-ready.config.yaml`. Every problem in it is reported at once, as a UsageError (exit 2).
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { nodeFsLike, type FsLike } from './fs.js';
import { ConfigSchema, DEFAULT_CONFIG, SEVERITY_SETTINGS, type Config } from '../model/config.js';
import { describeIssue, nearest } from './issues.js';
import { LineIndex, parseYaml, YamlSyntaxError } from './yaml.js';
import { CONFIG_NAMES } from './files.js';
import { dayNumber } from '../model/dates.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, if any. */
  path?: string;
}

/** The config file: the one named, else the first found upward from the first path checked, then from cwd. */
export function findConfig(firstPath: string | undefined, cwd = process.cwd(), fs: FsLike = nodeFsLike): string | undefined {
  const starts: string[] = [];
  if (firstPath) {
    const abs = resolve(cwd, firstPath);
    starts.push(fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? abs : dirname(abs));
  }
  starts.push(cwd);
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      for (const name of CONFIG_NAMES) {
        const p = join(dir, name);
        if (fs.existsSync(p)) return p;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export function loadConfig(path: string | undefined, ruleIds: readonly string[], fixedIds: readonly string[], cwd = process.cwd(), fs: FsLike = nodeFsLike): LoadedConfig {
  if (!path) return { config: DEFAULT_CONFIG };
  const abs = resolve(cwd, path);
  const shown = relative(cwd, abs) || abs;
  let src: string;
  try {
    src = Buffer.from(fs.readFileSync(abs)).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${shown}: the config file cannot be read. Check the path given as configPath.`, 'configPath');
  }
  let parsed;
  try {
    parsed = parseYaml(src);
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new UsageError(`${shown}:${e.line}:${e.column}: the config file is not valid YAML: ${e.message}.`);
    throw e;
  }
  const raw = parsed.value ?? {};
  const lines = new LineIndex(src);
  const where = (p: readonly (string | number)[], key = false) => {
    const { node, exact } = parsed.tree.locate(p);
    const off = (key || !exact) && node.keyStart !== undefined ? node.keyStart : node.start;
    const pos = lines.pos(off);
    return `${shown}:${pos.line}:${pos.column}`;
  };
  const problems: string[] = [];
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const k of keys) {
        const p = [...(issue.path as (string | number)[]), ...(k === undefined ? [] : [k])];
        const one = k === undefined ? issue : { ...issue, keys: [k] };
        problems.push(`${where(p, k !== undefined)}: ${describeIssue(one as never, raw, ConfigSchema)}`);
      }
    }
  }
  const rules = (raw as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, setting] of Object.entries(rules)) {
      if (!ruleIds.includes(id)) {
        const guess = nearest(id, ruleIds);
        problems.push(`${where(['rules', id], true)}: unknown rule "${id}"${guess ? `: did you mean "${guess}"?` : ''} Run 'ap-ready rules' for the list.`);
      } else if (fixedIds.includes(id)) {
        problems.push(`${where(['rules', id], true)}: the rule "${id}" is fixed: it always reports an error and cannot be set in config. Remove this line.`);
      } else if (!(SEVERITY_SETTINGS as readonly string[]).includes(String(setting)) && result.success) {
        problems.push(`${where(['rules', id])}: "${String(setting)}" is not a rule setting: use off, warn or error.`);
      }
    }
  }
  const terms = (raw as { term_dates?: unknown }).term_dates;
  if (Array.isArray(terms)) {
    terms.forEach((t, i) => {
      for (const k of ['start', 'end'] as const) {
        const v = (t as Record<string, unknown> | null)?.[k];
        if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayNumber(v) === undefined) {
          problems.push(`${where(['term_dates', i, k])}: ${v} is not a real date: check the day and month.`);
        }
      }
      const r = t as { start?: unknown; end?: unknown } | null;
      if (typeof r?.start === 'string' && typeof r?.end === 'string' && r.end < r.start) {
        problems.push(`${where(['term_dates', i])}: this term ends (${r.end}) before it starts (${r.start}).`);
      }
    });
  }
  if (problems.length) {
    throw new UsageError(`The config file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const config = result.data!;
  // Paths in the config are relative to the config file.
  const base = dirname(abs);
  if (config.gias && !isAbsolute(config.gias)) config.gias = join(base, config.gias);
  if (config.templates && !isAbsolute(config.templates)) config.templates = join(base, config.templates);
  return { config, path: abs };
}
