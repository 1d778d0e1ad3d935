// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, every rule with its help page,
// one result per finding with its region. Suppressed findings stay in as results carrying an `inSource`
// suppression and its reason, so a viewer shows them as suppressed rather than losing them.
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathFromRoot } from './paths.js';
import type { Finding } from '../model/findings.js';
import type { Formatter, ReportInput } from './types.js';
import { citations } from '../model/sources.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where people read about the tool (the package has no other home page yet). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/ap-ready';
/** A rule's page as published in the package (docs/ ships in it), for this version. */
export const helpUri = (version: string, id: string) => `https://unpkg.com/ap-ready@${version}/docs/rules/${id}.md`;

type Rule = ReportInput['rules'][number];

/** The rule's page from docs/rules/<id>.md, when it is there (read once per rule). */
function rulePage(id: string): string | undefined {
  try {
    return readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/** Markdown said as plain text: no emphasis marks, code ticks or heading hashes. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^```[\w-]*(?:[ \t]+[\w-]+)*[ \t]*$/gm, '') // a fence, with its language and any words after it (`yaml bad`)
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const level = (severity: string) => (severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none');

/**
 * A rule's friendly name as SARIF asks (reportingDescriptor.name: one Pascal-case identifier, readable, not
 * the id again; sarif-multitool's SARIF2012): review-overdue is ReviewOverdue.
 */
export const sarifRuleName = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

function ruleDescriptor(rule: Rule, version: string) {
  const page = rulePage(rule.id);
  const full = `${rule.description}.${rule.sources.length ? ` Source: ${citations(rule.sources)}.` : ''}`;
  const help = page ?? `# ${rule.id}\n\n${full}\n\nDefault severity: ${rule.defaultSeverity}.\n`;
  return {
    id: rule.id,
    name: sarifRuleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: full },
    help: { text: plainText(help), markdown: help },
    helpUri: helpUri(version, rule.id),
    defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false } : { level: level(rule.defaultSeverity) },
    properties: {
      ...(rule.fixed ? { fixed: true } : {}),
    },
  };
}

/** A path relative to the working folder, as a URI reference: forward slashes, each segment encoded. */
export function relativeUri(displayPath: string): string {
  return displayPath
    .split(sep)
    .join('/')
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

/** From the repository root with %SRCROOT% (what GitHub code scanning expects); outside a repository, an absolute file: URI. */
export function artifactLocation(path: string, repoRoot: string | undefined): ArtifactLocation {
  const fromRoot = pathFromRoot(repoRoot, path);
  return fromRoot !== undefined
    ? { uri: relativeUri(fromRoot), uriBaseId: '%SRCROOT%' }
    : { uri: pathToFileURL(path).href };
}

function result(f: Finding, location: ArtifactLocation, ruleIndex: Map<string, number>) {
  const region: Record<string, number> = { startLine: f.line, startColumn: f.column };
  if (f.endLine !== undefined && f.endColumn !== undefined) {
    region.endLine = f.endLine;
    region.endColumn = f.endColumn;
  }
  const index = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...(f.suppression ? { suppressions: [{ kind: 'inSource', justification: f.suppression.justification }] } : {}),
  };
}

export function sarifLog(input: ReportInput) {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const results = input.files.flatMap((file) => {
    const location = artifactLocation(file.path, input.repoRoot);
    return [...file.findings, ...file.suppressed]
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .map((f) => result(f, location, ruleIndex));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ap-ready',
            version: input.version,
            semanticVersion: input.version,
            informationUri: INFORMATION_URI,
            rules: input.rules.map((r) => ruleDescriptor(r, input.version)),
          },
        },
        ...(input.repoRoot
          ? { originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(input.repoRoot).href.replace(/\/?$/, '/') } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
        properties: { asOf: input.asOf, counts: input.counts },
      },
    ],
  };
}

export const sarif: Formatter = (input) => JSON.stringify(sarifLog(input), null, 2) + '\n';
