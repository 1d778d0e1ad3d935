// The shape a stored --cache outcome must have before it is reported. A cache file is ours, but it is a file
// on disk: a damaged one whose fingerprint still matches (`findings: [null]`, a count that is a string) must
// be a miss — checked afresh and replaced — never a crash of every run until someone deletes it by hand.
import { SOURCES } from '../model/sources.js';
import type { CheckOutcome } from './check-report.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isPosition = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const optional = (x: unknown, test: (y: unknown) => boolean) => x === undefined || test(x);
const SEVERITIES = new Set(['error', 'warn']);
const SETTINGS = new Set(['error', 'warn', 'off']);
const COUNTS = [
  'pupils',
  'send',
  'ehcp',
  'partTime',
  'lookedAfter',
  'providersRegistered',
  'providersUnregistered',
  'unreadablePlacements',
  'unreadableFiles',
];

function isFinding(x: unknown): boolean {
  if (!isObject(x)) return false;
  return (
    isString(x.ruleId) &&
    SEVERITIES.has(x.severity as string) &&
    isString(x.message) &&
    isString(x.file) &&
    isPosition(x.line) &&
    isPosition(x.column) &&
    optional(x.endLine, isPosition) &&
    optional(x.endColumn, isPosition) &&
    optional(x.messageId, isString) &&
    optional(x.suppression, (s) => isObject(s) && isString(s.justification))
  );
}

function isRule(x: unknown): boolean {
  if (!isObject(x)) return false;
  return (
    isString(x.id) &&
    isString(x.description) &&
    SETTINGS.has(x.severity as string) &&
    SETTINGS.has(x.defaultSeverity as string) &&
    optional(x.fixed, (f) => typeof f === 'boolean') &&
    Array.isArray(x.sources) &&
    x.sources.every(
      (s) =>
        isObject(s) &&
        isString(s.source) &&
        Object.hasOwn(SOURCES, s.source) &&
        optional(s.part, isString) &&
        optional(s.note, isString),
    )
  );
}

/** True when `x` is a whole outcome a report can be made from, every entry checked. */
export function isOutcome(x: unknown): x is CheckOutcome {
  if (!isObject(x)) return false;
  return (
    Array.isArray(x.checked) &&
    x.checked.every((c) => isObject(c) && isString(c.path) && isString(c.displayPath)) &&
    Array.isArray(x.findings) &&
    x.findings.every(isFinding) &&
    Array.isArray(x.rules) &&
    x.rules.every(isRule) &&
    Array.isArray(x.inputs) &&
    x.inputs.every(isString) &&
    isString(x.asOf) &&
    /^\d{4}-\d{2}-\d{2}$/.test(x.asOf) &&
    isObject(x.counts) &&
    COUNTS.every((k) => isCount((x.counts as Record<string, unknown>)[k]))
  );
}
