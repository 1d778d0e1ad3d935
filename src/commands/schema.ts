// `ap-ready schema [--config|--pupils]`: prints the JSON Schema of placement files, of the config file,
// or of the pupil register.
import { configJsonSchema, placementFileJsonSchema, pupilsJsonSchema } from '../json-schema.js';

export function runSchema(opts: { config?: boolean; pupils?: boolean } = {}): string {
  const schema = opts.config ? configJsonSchema() : opts.pupils ? pupilsJsonSchema() : placementFileJsonSchema();
  return JSON.stringify(schema, null, 2) + '\n';
}
