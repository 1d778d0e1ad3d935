import type { Rule } from './types.js';
import { placements } from './each.js';
import { pupilLabel } from '../model/placement.js';

export const attendanceCodeOnline: Rule = {
  id: 'attendance-code-online', defaultSeverity: 'warn', sources: ['ATT'],
  description: () => "Code B is used for a placement whose provider's delivery is online (B certifies supervised education)",
  messages: {
    online: ({ pupil }: { pupil: string }) =>
      `Code B is recorded for ${pupil} at an online provider: code B certifies the education is supervised by someone the school authorised. Check the supervision, or record the sessions another way.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      if (item.placement.attendance_code === 'B' && item.provider?.delivery === 'online') {
        ctx.report({ file: item.file, path: [...item.at, 'attendance_code'] }, 'online', { pupil: pupilLabel(item.record) });
      }
    }
  },
};
