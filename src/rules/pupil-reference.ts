import type { Rule } from './types.js';
import { placements } from './each.js';
import { personalDataKind } from '../model/placement.js';

export const pupilReference: Rule = {
  id: 'pupil-reference', defaultSeverity: 'error', sources: ['data protection'],
  description: () => 'A pupil reference looks like personal data (a name, a date, an email address or a UPN); the message never repeats it',
  messages: {
    personal: ({ placement, kind }: { placement: number; kind: string }) =>
      `The pupil reference of placement ${placement} looks like ${kind}: replace it with the school's pseudonymous reference (such as P-0042). These files must not hold pupils' personal details.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const kind = personalDataKind(item.placement.pupil);
      if (kind) {
        ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'personal', { placement: item.record.index + 1, kind });
      }
    }
  },
};
