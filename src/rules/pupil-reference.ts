import type { Rule } from './types.js';
import { placements } from './each.js';
import { referenceProblem } from './terms.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/config.js';

const messages = {
  personal: (d: { n: number; kind: string }) => `The pupil reference of placement ${d.n} looks like ${d.kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`,
  pattern: (d: { n: number; isDefault: boolean }) => `The pupil reference of placement ${d.n} is not in the form of the school's pseudonymous references (${d.isDefault ? 'letters then digits, such as P-0042' : 'pupil_reference_pattern in the config'}): replace it with the pupil's pseudonymous reference${d.isDefault ? ", or set pupil_reference_pattern in ap-ready.config.yaml to your school's own pattern" : ''}.`,
};

export const pupilReference: Rule = {
  id: 'pupil-reference', defaultSeverity: 'error', sources: [{ source: 'uk-gdpr-art5', part: "Article 5(1)(c) (data minimisation)" }],
  description: "A pupil reference looks like personal data (a name, a date, an email address, a UPN or a National Insurance number) or does not match pupil_reference_pattern; the message never repeats it",
  check(ctx) {
    const source = ctx.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN;
    for (const item of placements(ctx)) {
      const problem = referenceProblem(item.placement.pupil, source);
      if (!problem) continue;
      const n = item.record.index + 1;
      ctx.report(item.file, [...item.at, 'pupil'], 'kind' in problem
        ? messages.personal({ n, kind: problem.kind })
        : messages.pattern({ n, isDefault: source === DEFAULT_PUPIL_REFERENCE_PATTERN }));
    }
  },
};
