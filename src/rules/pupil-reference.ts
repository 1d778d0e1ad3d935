import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { referenceProblem } from '../model/placement.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/reference-pattern.js';

export const pupilReference = defineRule({
  id: 'pupil-reference',
  defaultSeverity: 'error',
  sources: [{ source: 'uk-gdpr-art5', part: 'Article 5(1)(c) (data minimisation)' }],
  thresholds: [],
  description: () =>
    'A pupil reference looks like personal data (a name, a date, an email address, a UPN or a National Insurance number) or does not match pupil_reference_pattern; the message never repeats it',
  messages: {
    personal: ({ placement, kind }: { placement: number; kind: string }) =>
      `The pupil reference of placement ${placement} looks like ${kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`,
    pattern: ({ placement, isDefault }: { placement: number; isDefault: boolean }) =>
      `The pupil reference of placement ${placement} is not in the form of the school's pseudonymous references (${isDefault ? 'letters then digits, such as P-0042' : 'pupil_reference_pattern in the config'}): replace it with the pupil's pseudonymous reference${isDefault ? ", or set pupil_reference_pattern in ap-ready.config.yaml to your school's own pattern" : ''}.`,
    register: ({ pupil, kind }: { pupil: number; kind: string }) =>
      `The reference of pupil ${pupil} in the register looks like ${kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`,
    registerPattern: ({ pupil, isDefault }: { pupil: number; isDefault: boolean }) =>
      `The reference of pupil ${pupil} in the register is not in the form of the school's pseudonymous references (${isDefault ? 'letters then digits, such as P-0042' : 'pupil_reference_pattern in the config'}): replace it with the pupil's pseudonymous reference.`,
  },
  check(ctx) {
    const source = ctx.run.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN;
    for (const item of placements(ctx)) {
      // The run judges each reference once (and every message naming a pupil asks it): most are fine.
      if (!ctx.run.refHidden(item.record)) continue;
      const problem = referenceProblem(item.placement.pupil, source);
      if (!problem) continue;
      const placement = item.record.index + 1;
      if ('kind' in problem)
        ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'personal', { placement, kind: problem.kind });
      else
        ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'pattern', {
          placement,
          isDefault: source === DEFAULT_PUPIL_REFERENCE_PATTERN,
        });
    }
    // The pupil register's references too: the same rule, the same words, never the value.
    const register = ctx.run.register;
    for (const { index, pupil } of register?.pupils ?? []) {
      const problem = referenceProblem(pupil.ref, source);
      if (!problem) continue;
      if ('kind' in problem)
        ctx.report({ file: register!, path: ['pupils', index, 'ref'] }, 'register', {
          pupil: index + 1,
          kind: problem.kind,
        });
      else
        ctx.report({ file: register!, path: ['pupils', index, 'ref'] }, 'registerPattern', {
          pupil: index + 1,
          isDefault: source === DEFAULT_PUPIL_REFERENCE_PATTERN,
        });
    }
  },
});
