// `ap-ready schema [--config]`: prints the JSON Schema of placement files, or of the config file.
import { configJsonSchema, placementFileJsonSchema } from '../json-schema.js';

export function runSchema(opts: { config?: boolean } = {}): string {
  return JSON.stringify(opts.config ? configJsonSchema() : placementFileJsonSchema(), null, 2) + '\n';
}
