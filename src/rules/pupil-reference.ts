import type { Rule } from './types.js';
import { placements } from './each.js';
import { personalDataKind } from './terms.js';

export const pupilReference: Rule = {
  id: 'pupil-reference', defaultSeverity: 'error', sources: ['data protection'],
  description: 'A pupil reference looks like personal data (a name, a date, an email address or a UPN); the message never repeats it',
  check(ctx) {
    for (const item of placements(ctx)) {
      const kind = personalDataKind(item.placement.pupil);
      if (kind) {
        ctx.report(item.file, [...item.at, 'pupil'], `The pupil reference of placement ${item.record.index + 1} looks like ${kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`);
      }
    }
    // The pupil register's references too: the same rule, the same words, never the value.
    for (const { index, pupil } of ctx.pupils?.pupils ?? []) {
      const kind = personalDataKind(pupil.ref);
      if (kind) {
        ctx.report(ctx.pupils!, ['pupils', index, 'ref'], `The reference of pupil ${index + 1} in the register looks like ${kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`);
      }
    }
  },
};
