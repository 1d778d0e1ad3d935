// An inline ap-ready-disable comment that cannot do what it says. Reported by the engine's suppression
// step once every other rule has run (only then is it known what a comment hides), with these messages.
import { defineRule } from './types.js';

const quote = (id: string) => `"${id}"`;

export const SUPPRESSION_INVALID = 'suppression-invalid';

export const suppressionInvalid = defineRule({
  id: SUPPRESSION_INVALID,
  defaultSeverity: 'warn',
  sources: [],
  thresholds: [],
  description: () => 'An inline ap-ready-disable comment has no reason, names an unknown rule, or suppresses nothing',
  messages: {
    notDirective: ({ word }: { word: string }) =>
      `"${word}" is not a suppression comment: write ap-ready-disable-next-line (on the line above the finding) or ap-ready-disable-file (anywhere in the file).`,
    noRule: ({ example }: { example: string }) =>
      `This suppression comment names no rule: write the rule id before " -- ", e.g. ${example}. Run 'ap-ready rules' for the list.`,
    noReason: ({ example }: { example: string }) =>
      `This suppression comment gives no reason, so it hides nothing: add one after " -- ", e.g. ${example}.`,
    unknownRule: ({ id, guess }: { id: string; guess?: string }) =>
      `${quote(id)} is not a rule id${guess ? `: did you mean ${quote(guess)}?` : '.'} Run 'ap-ready rules' for the list.`,
    fixedRule: ({ id }: { id: string }) =>
      `${quote(id)} findings cannot be suppressed: yaml-syntax, schema and date-format always show, because without a readable file no other check can be trusted. Fix the problem, and take ${quote(id)} out of this comment.`,
    self: ({ id }: { id: string }) =>
      `${quote(id)} cannot be suppressed with a comment: fix the comment it points to, or set "${id}: off" under rules: in ap-ready.config.yaml.`,
    ruleOff: ({ id }: { id: string }) =>
      `This comment hides nothing: the rule ${quote(id)} is turned off. Remove ${quote(id)} from the comment.`,
    nothingInFile: ({ id }: { id: string }) =>
      `This comment hides nothing: ${quote(id)} reports nothing in this file. Remove ${quote(id)} from the comment (or the whole comment).`,
    noNextLine: () =>
      'This comment hides nothing: there is no line after it. Put it on the line above the finding it should hide.',
    nothingOnLine: ({ id, line }: { id: string; line: number }) =>
      `This comment hides nothing: ${quote(id)} reports nothing on line ${line}. Put it on the line above the finding it should hide, or remove it.`,
  },
  // The engine calls applySuppressions for it after every other rule.
  check: () => {},
});
