// Kept so configs that name it still work. Online delivery coded B, D, K or P is now attendance-code's
// error; this rule owns only what is left: a mixed-delivery placement that does not say which of its
// sessions are online, so attendance-code cannot judge its code.
import type { Rule } from './types.js';
import { placements } from './each.js';
import { pupilLabel } from './terms.js';

export const messages = {
  unmarked: (d: { who: string; code: string }) =>
    `The provider teaches both in person and online, and the sessions of ${d.who} do not say which are online: add online: true to each online session (online lessons are not attendance, so they cannot be recorded with ${d.code}).`,
};

export const attendanceCodeOnline: Rule = {
  id: 'attendance-code-online', defaultSeverity: 'warn', sources: ['ATT'],
  description: 'A placement at a mixed-delivery provider is coded B, D, K or P and none of its sessions says whether it is online',
  check(ctx) {
    for (const item of placements(ctx)) {
      const code = item.placement.attendance_code;
      const sessions = item.placement.sessions ?? [];
      if (item.provider?.delivery !== 'mixed' || !code || !'BDKP'.includes(code) || !sessions.length) continue;
      if (sessions.some((s) => s.online !== undefined && s.online !== null)) continue;
      ctx.report(item.file, [...item.at, 'sessions'], messages.unmarked({ who: pupilLabel(item.record), code }), { key: true });
    }
  },
};
