// `ap-ready schema [--config|--pupils]`: prints the JSON Schema of placement files, of the config file,
// or of the pupil register.
import { configJsonSchema, placementFileJsonSchema, pupilsJsonSchema } from '../json-schema.js';
import { UsageError } from '../model/findings.js';
import { printed, type CommandResult } from './result.js';

export function runSchema(opts: { config?: boolean; pupils?: boolean } = {}): string {
  const schema = opts.config ? configJsonSchema() : opts.pupils ? pupilsJsonSchema() : placementFileJsonSchema();
  return JSON.stringify(schema, null, 2) + '\n';
}

/** The command: one schema at a time. */
export function runSchemaCommand(opts: { config?: boolean; pupils?: boolean }): CommandResult {
  if (opts.config && opts.pupils) throw new UsageError('schema: give --config or --pupils, not both.');
  return printed(runSchema(opts));
}
