import type { Rule } from './types.js';
import { placements } from './each.js';
import { isRegisteredSchool, pupilLabel } from '../model/placement.js';

export const attendanceCode: Rule = {
  id: 'attendance-code', defaultSeverity: 'error', sources: ['ATT'],
  description: () => 'attendance_code does not fit: LA-commissioned allows only K; school-commissioned allows B or P, or D at a registered school',
  messages: {
    useK: ({ who, code }: { who: string | number; code: string | number }) =>
      `The placement of ${who} is commissioned by the local authority, so the register code is K, not ${code}.`,
    notK: ({ who, registeredSchool }: { who: string; registeredSchool: boolean }) =>
      `Code K is for provision arranged by the local authority, but this placement of ${who} is commissioned by the school: use B${registeredSchool ? ', D (dual registration)' : ''} or P.`,
    notDual: () => `Code D is for a pupil dual-registered at another school, but this provider is not a registered school: use B (supervised off-site education) or P.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const code = item.placement.attendance_code;
      if (!code || !item.provider) continue;
      const at = [...item.at, 'attendance_code'];
      const who = pupilLabel(item.record);
      if (item.placement.commissioned_by === 'local-authority') {
        if (code !== 'K') ctx.report({ file: item.file, path: at }, 'useK', { who, code });
        continue;
      }
      const registeredSchool = isRegisteredSchool(item.provider);
      if (code === 'K') {
        ctx.report({ file: item.file, path: at }, 'notK', { who, registeredSchool });
      } else if (code === 'D' && !registeredSchool) {
        ctx.report({ file: item.file, path: at }, 'notDual');
      }
    }
  },
};
