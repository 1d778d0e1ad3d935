// For machines: exactly ESLint's JSON formatter shape, so tools that read ESLint's output read this; `json-with-metadata` wraps the same array
// as ESLint's formatter of that name does, adding the folder it ran in, the as-of date, the counts and the rules'
// metadata (docs.url absolute, so ESLint's HTML formatter links work).
import type { Finding } from '../model/findings.js';
import type { Formatter, ReportInput } from './types.js';
import { citation } from '../model/sources.js';
import { helpUri } from './sarif.js';

function message(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
    ...(f.ruleId === 'yaml-syntax' ? { fatal: true } : {}),
  };
}

function eslintResult(file: ReportInput['files'][number]) {
  return {
    filePath: file.path,
    messages: file.findings.map(message),
    suppressedMessages: file.suppressed.map((f) => ({
      ...message(f),
      suppressions: [{ kind: 'directive', justification: f.suppression?.justification ?? '' }],
    })),
    errorCount: file.findings.filter((f) => f.severity === 'error').length,
    fatalErrorCount: file.findings.filter((f) => f.ruleId === 'yaml-syntax').length,
    warningCount: file.findings.filter((f) => f.severity === 'warn').length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    // Every field of ESLint's LintResult, so its typed API (ESLint.LintResult[], loadFormatter().format) takes
    // these results as they are: ap-ready has no deprecated rules.
    usedDeprecatedRules: [],
  };
}

/** The results array as JSON.stringify writes it, a file at a time. */
function* resultsChunks(input: ReportInput): Generator<string> {
  let i = 0;
  for (const file of input.files) yield (i++ ? ',' : '') + JSON.stringify(eslintResult(file));
}

/**
 * A format written as chunks (the command line writes them one after another), and the same text as one string
 * for everyone else: one definition of the output, so the two cannot drift apart.
 */
const chunked = (chunks: (input: ReportInput) => Iterable<string>): Formatter =>
  Object.assign((input: ReportInput) => [...chunks(input)].join(''), { chunks });

/** ESLint's json: the results array (what JSON.stringify of the whole array writes). */
export const json = chunked(function* (input) {
  yield '[';
  yield* resultsChunks(input);
  yield ']\n';
});

/** ESLint's json-with-metadata: { results, metadata }. */
export const jsonWithMetadata = chunked(function* (input) {
  yield '{"results":[';
  yield* resultsChunks(input);
  yield `],"metadata":${JSON.stringify(metadata(input))}}\n`;
});

function metadata(input: ReportInput) {
  return {
    tool: 'ap-ready',
    ...(input.cwd ? { cwd: input.cwd } : {}),
    version: input.version,
    asOf: input.asOf,
    counts: input.counts,
    rulesMeta: Object.fromEntries(
      input.rules.map((r) => [
        r.id,
        {
          type: 'problem',
          docs: { description: r.description, url: helpUri(input.version, r.id) },
          severity: r.severity,
          sources: r.sources.map(citation),
        },
      ]),
    ),
  };
}
