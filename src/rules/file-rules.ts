// The three file rules: the loader reports them (they decide which blocks the other rules see), so
// their check does nothing here. Their severity is fixed and they cannot be suppressed.
import type { Rule } from './types.js';

const reportedByLoader = () => {};

export const yamlSyntax: Rule = {
  id: 'yaml-syntax', defaultSeverity: 'error', fixed: true, sources: ['—'],
  description: () => 'The file is not valid YAML, is empty, is binary, or cannot be read (the other files are still checked)',
  messages: {},
  check: reportedByLoader,
};
export const schema: Rule = {
  id: 'schema', defaultSeverity: 'error', fixed: true, sources: ['—'],
  description: () => 'A required field is missing, a field has the wrong type or a value outside its list, or a key is unknown',
  messages: {},
  check: reportedByLoader,
};
export const dateFormat: Rule = {
  id: 'date-format', defaultSeverity: 'error', fixed: true, sources: ['—'],
  description: () => 'A date is not written as YYYY-MM-DD, or is not a real date',
  messages: {},
  check: reportedByLoader,
};
