// The formatters by name. Each is a pure function of the result.
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json, jsonWithMetadata } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { gitlab } from './gitlab.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  sarif,
  github,
  junit,
  gitlab,
};
