// The three file rules: the loader reports them (they decide which blocks the other rules see), so
// their check does nothing here. Their severity is fixed and they cannot be suppressed.
import { defineRule } from './types.js';

const reportedByLoader = () => {};

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  fixed: true,
  sources: [],
  thresholds: [],
  description: () =>
    'The file is not valid YAML, is empty, is binary, or cannot be read (the other files are still checked)',
  messages: {},
  check: reportedByLoader,
});
export const schema = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  fixed: true,
  sources: [],
  thresholds: [],
  description: () =>
    'A required field is missing, a field has the wrong type or a value outside its list, or a key is unknown',
  messages: {},
  check: reportedByLoader,
});
export const dateFormat = defineRule({
  id: 'date-format',
  defaultSeverity: 'error',
  fixed: true,
  sources: [],
  thresholds: [],
  description: () => 'A date is not written as YYYY-MM-DD, or is not a real date',
  messages: {},
  check: reportedByLoader,
});
