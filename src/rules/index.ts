// The registry: every rule, in the order of rules.md. Adding a rule = one file + one line here
// + docs/rules/<id>.md + its tests.
import type { Rule } from './types.js';
import { dateFormat, schema, yamlSyntax } from './file-rules.js';

export const RULES: readonly Rule[] = [
  yamlSyntax, schema, dateFormat,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
