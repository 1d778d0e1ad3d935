// The register code a placement's sessions are recorded with: The School Attendance (Pupil Registration)
// (England) Regulations 2024 (SI 2024/208) reg 10 and Working together to improve school attendance (DfE,
// August 2024). The condition is decided by pure functions of the placement, its provider and the
// pupil's year group; the rule only reports.
import type { Rule } from './types.js';
import { placements, type PlacementItem } from './each.js';
import { isRegisteredSchool, pupilLabel } from './terms.js';
import type { Placement, Provider } from '../model/schema.js';

const IN_PERSON_CODES = new Set(['B', 'D', 'K', 'P']);

export const messages = {
  online: (d: { who: string; code: string }) =>
    `The placement of ${d.who} is taught online, and code ${d.code} records the pupil as present at supervised education: remote education is not attendance (Working together to improve school attendance, 2024). Record these sessions as an absence, not with B, D, K or P.`,
  onlineSession: (d: { who: string; code: string }) =>
    `This session of ${d.who} is taught online and must not be recorded with code ${d.code}: remote education is not attendance (Working together to improve school attendance, 2024). Record the online sessions as an absence and the in-person sessions with ${d.code}.`,
  dualNotD: (d: { who: string; code: string }) =>
    `${d.who} is dual registered at this provider (dual_registered: true), so the sessions there are recorded with code D, not ${d.code}.`,
  dualNotSchool: (d: { who: string }) =>
    `dual_registered is true for ${d.who}, but this provider is not a registered school, so the pupil cannot be on its roll: set dual_registered to false and use B (or K when the local authority arranged it).`,
  dNotDual: (d: { who: string; expected: string }) =>
    `Code D is only for a pupil who is also on the provider's roll. If ${d.who} is, set dual_registered: true; if not, use ${d.expected}.`,
  laNotK: (d: { who: string; code: string }) =>
    `The placement of ${d.who} is arranged by the local authority, so the register code is K, not ${d.code}.`,
  schoolK: (d: { who: string }) =>
    `Code K is for education arranged by the local authority, but this placement of ${d.who} is arranged by the school: use B (or D if the pupil is on the provider's roll).`,
  workExperience: (d: { who: string; year: string }) =>
    `Code W is for work experience in Years 10 and 11 only, and ${d.who} is in ${d.year}: use B for other approved education off site.`,
};

export type CodeProblem = { kind: keyof typeof messages; data: Record<string, string> };

/** What is wrong with the placement's code, or undefined. Online delivery is judged by `onlineProblems`. */
export function codeProblem(p: Placement, provider: Provider, who: string, yearGroup: 'R' | number | null | undefined): CodeProblem | undefined {
  const code = p.attendance_code;
  if (!code) return undefined;
  const la = p.commissioned_by === 'local-authority';
  if (p.dual_registered) {
    if (!isRegisteredSchool(provider)) return { kind: 'dualNotSchool', data: { who } };
    return code === 'D' ? undefined : { kind: 'dualNotD', data: { who, code } };
  }
  if (code === 'D') return { kind: 'dNotDual', data: { who, expected: la ? 'K' : 'B' } };
  if (la) return code === 'K' ? undefined : { kind: 'laNotK', data: { who, code } };
  if (code === 'K') return { kind: 'schoolK', data: { who } };
  if (code === 'W' && yearGroup != null && yearGroup !== 10 && yearGroup !== 11) {
    return { kind: 'workExperience', data: { who, year: yearGroup === 'R' ? 'Reception' : `Year ${yearGroup}` } };
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

export const attendanceCode: Rule = {
  id: 'attendance-code', defaultSeverity: 'error', sources: ['ATT'],
  description: 'attendance_code does not fit: D when dual registered, K when the local authority arranged it, B when the school did; W only in Years 10-11; online education never B, D, K or P',
  check(ctx) {
    for (const item of placements(ctx)) {
      const code = item.placement.attendance_code;
      if (!code || !item.provider) continue;
      const who = pupilLabel(item.record);
      const online = onlineProblems(item.placement, item.provider);
      for (const path of online) {
        const msg = path[0] === 'attendance_code' ? messages.online({ who, code }) : messages.onlineSession({ who, code });
        ctx.report(item.file, [...item.at, ...path], msg);
      }
      if (online.length && online[0][0] === 'attendance_code') continue; // one finding for one wrong code
      const problem = codeProblem(item.placement, item.provider, who, yearGroupOf(item, ctx.pupils?.byRef));
      if (problem) ctx.report(item.file, [...item.at, 'attendance_code'], (messages[problem.kind] as (d: Record<string, string>) => string)(problem.data));
    }
  },
};

function yearGroupOf(item: PlacementItem, register: Map<string, { pupil: { year_group?: 'R' | number | null } }> | undefined) {
  return register?.get(item.placement.pupil.trim().toLowerCase())?.pupil.year_group ?? item.placement.year_group;
}
