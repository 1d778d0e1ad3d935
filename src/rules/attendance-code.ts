// The register code a placement's sessions are recorded with: The School Attendance (Pupil Registration)
// (England) Regulations 2024 (SI 2024/208) reg 10 and Working together to improve school attendance (DfE,
// August 2024). The condition is decided by pure functions of the placement, its provider and the
// pupil's year group; the rule only reports.
import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { isRegisteredSchool, pupilKey } from '../model/placement.js';
import type { Placement, Provider } from '../model/schema.js';
import { sentence } from '../model/wording.js';

const IN_PERSON_CODES = new Set(['B', 'D', 'K', 'P']);

export type CodeProblem =
  | { id: 'dualNotSchool' }
  | { id: 'dualNotD'; code: string }
  | { id: 'dNotDual'; expected: 'B' | 'K' }
  | { id: 'laNotK'; code: string }
  | { id: 'schoolK' }
  | { id: 'workExperience'; year: string };

/** What is wrong with the placement's code, or undefined. Online delivery is judged by `onlineProblems`. */
export function codeProblem(
  p: Placement,
  provider: Provider,
  yearGroup: 'R' | number | null | undefined,
): CodeProblem | undefined {
  const code = p.attendance_code;
  if (!code) return undefined;
  const la = p.commissioned_by === 'local-authority';
  if (p.dual_registered) {
    if (!isRegisteredSchool(provider)) return { id: 'dualNotSchool' };
    return code === 'D' ? undefined : { id: 'dualNotD', code };
  }
  if (code === 'D') return { id: 'dNotDual', expected: la ? 'K' : 'B' };
  if (la) return code === 'K' ? undefined : { id: 'laNotK', code };
  if (code === 'K') return { id: 'schoolK' };
  if (code === 'W' && yearGroup != null && yearGroup !== 10 && yearGroup !== 11) {
    return { id: 'workExperience', year: yearGroup === 'R' ? 'Reception' : `Year ${yearGroup}` };
  }
  return undefined;
}

/** Paths (relative to the placement) of online delivery coded as attendance: the whole code, or each online session. */
export function onlineProblems(p: Placement, provider: Provider): (string | number)[][] {
  const code = p.attendance_code;
  if (!code || !IN_PERSON_CODES.has(code)) return [];
  if (provider.delivery === 'online') return [['attendance_code']];
  return (p.sessions ?? []).flatMap((s, i) => (s.online ? [['sessions', i, 'online']] : []));
}

export const attendanceCode = defineRule({
  id: 'attendance-code',
  defaultSeverity: 'error',
  sources: [
    { source: 'registration-regulations', part: 'regulation 10, Table 2 (attendance codes)' },
    { source: 'attendance-guidance', part: 'attendance codes: codes B, D and K' },
  ],
  thresholds: [],
  description: () =>
    'attendance_code does not fit: D when dual registered, K when the local authority arranged it, B when the school did; W only in Years 10-11; online education never B, D, K or P',
  messages: {
    online: ({ who, code }: { who: string; code: string }) =>
      `The placement of ${who} is taught online, and code ${code} records the pupil as present at supervised education: remote education is not attendance (Working together to improve school attendance, 2024). Record these sessions as an absence, not with B, D, K or P.`,
    onlineSession: ({ who, code }: { who: string; code: string }) =>
      `This session of ${who} is taught online and must not be recorded with code ${code}: remote education is not attendance (Working together to improve school attendance, 2024). Record the online sessions as an absence and the in-person sessions with ${code}.`,
    dualNotD: ({ who, code }: { who: string; code: string }) =>
      `${sentence(who)} is dual registered at this provider (dual_registered: true), so the sessions there are recorded with code D, not ${code}.`,
    dualNotSchool: ({ who }: { who: string }) =>
      `dual_registered is true for ${who}, but this provider is not a registered school, so the pupil cannot be on its roll: set dual_registered to false and use B (or K when the local authority arranged it).`,
    dNotDual: ({ who, expected }: { who: string; expected: string }) =>
      `Code D is only for a pupil who is also on the provider's roll. If ${who} is, set dual_registered: true; if not, use ${expected}.`,
    laNotK: ({ who, code }: { who: string; code: string }) =>
      `The placement of ${who} is arranged by the local authority, so the register code is K, not ${code}.`,
    schoolK: ({ who }: { who: string }) =>
      `Code K is for education arranged by the local authority, but this placement of ${who} is arranged by the school: use B (or D if the pupil is on the provider's roll).`,
    workExperience: ({ who, year }: { who: string; year: string }) =>
      `Code W is for work experience in Years 10 and 11 only, and ${who} is in ${year}: use B for other approved education off site.`,
  },
  check(ctx) {
    const register = ctx.run.register?.byRef;
    for (const item of placements(ctx)) {
      const code = item.placement.attendance_code;
      if (!code || !item.provider) continue;
      const who = ctx.run.label(item.record);
      const online = onlineProblems(item.placement, item.provider);
      for (const path of online) {
        ctx.report(
          { file: item.file, path: [...item.at, ...path] },
          path[0] === 'attendance_code' ? 'online' : 'onlineSession',
          { who, code },
        );
      }
      if (online.length && online[0][0] === 'attendance_code') continue; // one finding for one wrong code
      // The register's year group first: it is the pupil's own record.
      const year = register?.get(pupilKey(item.placement.pupil))?.pupil.year_group ?? item.placement.year_group;
      const problem = codeProblem(item.placement, item.provider, year);
      if (problem) {
        const { id, ...data } = problem;
        ctx.report({ file: item.file, path: [...item.at, 'attendance_code'] }, id, { who, ...data });
      }
    }
  },
});
