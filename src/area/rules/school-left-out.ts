// area-school-left-out: a school named in area.yaml that could not be checked. The loader finds these
// (a school that cannot be read is not among the records the other rules see); this rule says them.
import { defineAreaRule } from './types.js';

export const AREA_SCHOOL_LEFT_OUT = 'area-school-left-out';

export const areaSchoolLeftOut = defineAreaRule({
  id: AREA_SCHOOL_LEFT_OUT,
  defaultSeverity: 'error',
  sources: [{ source: 'area-send-handbook', part: 'oversight of school-commissioned alternative provision' }],
  thresholds: [],
  description: () =>
    "A school named in area.yaml could not be included: its folder or repository cannot be read, it has no config or URN, its config is wrong, its files lie outside its folder, or its URN repeats another school's",
  messages: {
    missing: ({ folder, areaFile, git }: { folder: string; areaFile: string; git: boolean }) =>
      `The school's folder ${folder} does not exist: check the path: in ${areaFile}${git ? ' (clone the git: repo there first; ap-ready makes no network access)' : ''}.`,
    notFolder: ({ folder }: { folder: string }) =>
      `${folder} is a file, not a school's folder: give the folder that holds its ap-ready.config.yaml.`,
    noConfig: ({ folder }: { folder: string }) =>
      `${folder} has no ap-ready.config.yaml, so the school's URN is not known: add one with school: { name: …, urn: … } (ap-ready init makes one).`,
    notChecked: ({ folder, problem }: { folder: string; problem: string }) =>
      `The school at ${folder} could not be checked: ${problem}`,
    noUrn: ({ name, folder, config }: { name: string; folder: string; config: string }) =>
      `The school "${name}" (${folder}) has no URN in ${config}: add school: { urn: … }, which identifies the school across the area.`,
    gitFailed: ({ problem }: { problem: string }) =>
      `The school's repository could not be read: ${problem}. Check the git: URL and ref: in area.yaml, and that this computer can reach the repository.`,
    outside: ({ folder, what }: { folder: string; what: string }) =>
      `The school at ${folder} is left out: ${what} lies outside the school's own folder (through a link or a path), and nothing outside a school's folder is read. Keep the school's files inside its folder.`,
    sameUrn: ({ name, urn, first, position }: { name: string; urn: string; first: string; position: number }) =>
      `"${name}" has URN ${urn}, the same as "${first}" (school ${position} in the list): a URN identifies one school, so this one is left out. Correct the URN in its config, or remove the repeated entry.`,
  },
  check(ctx) {
    for (const l of ctx.area.leftOut) ctx.report({ file: ctx.area.file, path: l.path }, l.messageId, l.data);
  },
});
