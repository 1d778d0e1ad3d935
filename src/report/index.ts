// The formatters by name (the names: report/formats.ts), and the one lookup every command and the library use.
// Each formatter is a pure function of the result.
import { UsageError } from '../model/findings.js';
import type { Formatter } from './types.js';
import { FORMAT_NAMES, type FormatName } from './formats.js';
import { stylish } from './stylish.js';
import { json, jsonWithMetadata } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { gitlab } from './gitlab.js';

export { FORMAT_NAMES, type FormatName } from './formats.js';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  sarif,
  github,
  junit,
  gitlab,
};

/** The formatter for a format name (default stylish), or a usage error naming the option and the formats. */
export function formatterFor(name: string | undefined): Formatter {
  const format = name ?? 'stylish';
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`format "${format}" is not a format: use one of ${FORMAT_NAMES.join(', ')}.`, 'format');
  }
  return FORMATTERS[format as FormatName];
}
