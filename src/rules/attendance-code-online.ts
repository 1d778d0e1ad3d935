// Kept so configs that name it still work. Online delivery coded B, D, K or P is attendance-code's error;
// this rule owns only what is left: a mixed-delivery placement that does not say which of its sessions
// are online, so attendance-code cannot judge its code.
import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import type { Placement, Provider } from '../model/schema.js';

/** A mixed-delivery placement coded B, D, K or P with sessions, none of which says whether it is online. */
export function onlineUnmarked(p: Placement, provider: Provider | undefined): boolean {
  const code = p.attendance_code,
    sessions = p.sessions ?? [];
  if (provider?.delivery !== 'mixed' || !code || !'BDKP'.includes(code) || !sessions.length) return false;
  return !sessions.some((s) => s.online !== undefined && s.online !== null);
}

export const attendanceCodeOnline = defineRule({
  id: 'attendance-code-online',
  defaultSeverity: 'warn',
  sources: [
    { source: 'registration-regulations', part: 'regulation 10, Table 2 (attendance codes)' },
    { source: 'attendance-guidance', part: 'attendance codes: code B (educational activity off-site)' },
  ],
  thresholds: [],
  description: () =>
    'A placement at a mixed-delivery provider is coded B, D, K or P and none of its sessions says whether it is online',
  messages: {
    unmarked: ({ who, code }: { who: string; code: string }) =>
      `The provider teaches both in person and online, and the sessions of ${who} do not say which are online: add online: true to each online session (online lessons are not attendance, so they cannot be recorded with ${code}).`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      if (!onlineUnmarked(item.placement, item.provider)) continue;
      ctx.report({ file: item.file, path: [...item.at, 'sessions'], key: true }, 'unmarked', {
        who: ctx.run.label(item.record),
        code: item.placement.attendance_code!,
      });
    }
  },
});
