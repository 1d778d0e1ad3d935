// Inline suppressions: `# ap-ready-disable-next-line <rule-id>[, <rule-id>…] -- <reason>` and
// `# ap-ready-disable-file <rule-id>[, …] -- <reason>`, read from the comments of each placement file and
// of the pupil register.
// A suppressed finding is kept (with its reason) so reports can list it: it just stops counting.
// A directive that cannot do what it says is itself a `suppression-invalid` finding, because a
// suppression hides a problem from a report that leaders or an inspector may read.
import type { Finding } from './model/findings.js';
import { yamlFiles, type Run } from './run.js';
import type { RuleContext } from './rules/types.js';
import { SUPPRESSION_INVALID } from './rules/suppression-invalid.js';
import { nearest } from './model/nearest.js';
import { LineIndex } from './load/yaml.js';

export type DirectiveKind = 'next-line' | 'file';

export interface Directive {
  /** `next-line` or `file`; undefined when the comment names a directive that does not exist. */
  kind: DirectiveKind | undefined;
  /** The word written, e.g. `ap-ready-disable-next-line` (or a misspelling of it). */
  word: string;
  /** Rule ids named, in order, without repeats. */
  ruleIds: string[];
  /** The text after ` -- `, trimmed; empty when none. */
  reason: string;
  /** Where the comment is: its `#` and its end (1-based; end column is just past the comment). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** For `next-line`: the line it covers (the next one that is not blank or a comment), if any. */
  target?: number;
}

const DIRECTIVE = /^#\s*(ap-ready-(?:disable|enable)[a-z-]*)(.*)$/i;
const KINDS: Record<string, DirectiveKind> = {
  'ap-ready-disable-next-line': 'next-line',
  'ap-ready-disable-file': 'file',
};

function inside(ranges: readonly [number, number][], offset: number): boolean {
  let lo = 0,
    hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid];
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

interface Comment {
  offset: number;
  text: string;
  line: number;
  wholeLine: boolean;
}

/** Every YAML comment in `source`: a `#` at the start of a line or after a space, outside any scalar. */
function comments(source: string, ranges: readonly [number, number][]): { list: Comment[]; lines: string[] } {
  const raw = source.split('\n');
  const lines = raw.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const list: Comment[] = [];
  let lineStart = 0;
  lines.forEach((text, i) => {
    for (let c = text.indexOf('#'); c !== -1; c = text.indexOf('#', c + 1)) {
      if (c > 0 && text[c - 1] !== ' ' && text[c - 1] !== '\t') continue;
      if (inside(ranges, lineStart + c)) continue;
      list.push({
        offset: lineStart + c,
        text: text.slice(c).trimEnd(),
        line: i + 1,
        wholeLine: text.slice(0, c).trim() === '',
      });
      break;
    }
    lineStart += raw[i].length + 1;
  });
  return { list, lines };
}

/** The `ap-ready-disable…` directives of one file. */
export function findDirectives(source: string, ranges: readonly [number, number][]): Directive[] {
  const { list, lines } = comments(source, ranges);
  const commentOnly = new Set(list.filter((c) => c.wholeLine).map((c) => c.line));
  const index = new LineIndex(source);
  const out: Directive[] = [];
  // For each line, the next line after it that is neither blank nor a comment: worked out once, from the end,
  // so 100,000 directive lines in a row cost 100,000 steps, not 100,000².
  const nextCode = new Int32Array(lines.length + 2);
  for (let n = lines.length; n >= 1; n--) {
    const code = lines[n - 1].trim() !== '' && !commentOnly.has(n);
    nextCode[n - 1] = code ? n : nextCode[n];
  }
  for (const comment of list) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const word = m[1];
    const body = m[2];
    // A directive word glued to more text (`ap-ready-disable-filex`) is not that directive.
    if (body && !/^\s/.test(body)) continue;
    const dash = /(^|\s)--/.exec(body);
    const idsText = dash ? body.slice(0, dash.index) : body;
    const reason = dash ? body.slice(dash.index + dash[0].length).trim() : '';
    const ruleIds = [...new Set(idsText.split(/[\s,]+/).filter(Boolean))];
    const start = index.pos(comment.offset);
    const end = index.pos(comment.offset + comment.text.length);
    const kind = KINDS[word.toLowerCase()];
    const d: Directive = {
      kind,
      word,
      ruleIds,
      reason,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    if (kind === 'next-line' && comment.line < lines.length && nextCode[comment.line])
      d.target = nextCode[comment.line];
    out.push(d);
  }
  return out;
}

/**
 * Marks the findings that a directive covers as suppressed (`finding.suppression`), and returns the
 * `suppression-invalid` findings about the directives themselves (unsorted; empty when that rule is off).
 * A finding reported in several files (a cross-file rule) is suppressed only in the file whose directive
 * covers it. Files that are not valid YAML are skipped: only the fixed rules report there.
 */
export function applySuppressions(run: Run, findings: readonly Finding[], ctx: RuleContext): void {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }

  for (const file of yamlFiles(run)) {
    if (!file.parsed || !file.source.includes('ap-ready-')) continue;
    const directives = findDirectives(file.source, file.tree?.scalarRanges() ?? []);
    const inFile = byFile.get(file.path) ?? [];
    // The file's findings by rule, and by rule and line: each directive looks up only what it can hide.
    const byRule = new Map<string, Finding[]>(),
      byRuleLine = new Map<string, Finding[]>();
    for (const f of inFile) {
      for (const [map, key] of [
        [byRule, f.ruleId],
        [byRuleLine, `${f.ruleId}\0${f.line}`],
      ] as const) {
        let l = map.get(key);
        if (!l) map.set(key, (l = []));
        l.push(f);
      }
    }
    for (const d of directives) {
      const at = { file: file.path, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
      if (!d.kind) {
        ctx.report(at, 'notDirective', { word: d.word });
        continue;
      }
      const example = `# ap-ready-${d.kind === 'file' ? 'disable-file' : 'disable-next-line'} ${d.ruleIds[0] ?? '<rule-id>'} -- <why this is acceptable>`;
      if (d.ruleIds.length === 0) {
        ctx.report(at, 'noRule', { example });
        continue;
      }
      if (!d.reason) {
        ctx.report(at, 'noReason', { example });
        continue;
      }
      for (const id of d.ruleIds) {
        const rule = run.rules.get(id);
        if (!rule) {
          ctx.report(at, 'unknownRule', { id, guess: nearest(id, [...run.rules.keys()]) });
          continue;
        }
        if (rule.fixed) {
          ctx.report(at, 'fixedRule', { id });
          continue;
        }
        if (id === SUPPRESSION_INVALID) {
          ctx.report(at, 'self', { id });
          continue;
        }
        let used = false;
        const candidates =
          d.kind === 'next-line'
            ? d.target === undefined
              ? []
              : (byRuleLine.get(`${id}\0${d.target}`) ?? [])
            : (byRule.get(id) ?? []);
        for (const f of candidates) {
          used = true;
          f.suppression ??= { justification: d.reason };
        }
        if (used) continue;
        if (run.severity(id) === 'off') ctx.report(at, 'ruleOff', { id });
        else if (d.kind === 'file') ctx.report(at, 'nothingInFile', { id });
        else if (d.target === undefined) ctx.report(at, 'noNextLine');
        else ctx.report(at, 'nothingOnLine', { id, line: d.target });
      }
    }
  }
}
