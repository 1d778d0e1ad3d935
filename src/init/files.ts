// What `ap-ready init` writes. Kept in code, not as template files, so they ship inside dist/. The config's
// thresholds come from the config schema (their one home), the schemas from the zod model, and the example's
// dates are counted from the day init runs, so a new user's first `ap-ready check` is clean.
import { ThresholdsSchema } from '../model/config.js';
import { configJsonSchema, placementFileJsonSchema, pupilsJsonSchema } from '../json-schema.js';
import { gitlabCi, packageJson, packageName, workflow } from './ci.js';
import { exampleProvider, pupilsFile } from './examples.js';
import { CONFIG_SCHEMA_COPY, PLACEMENT_SCHEMA_COPY, PUPILS_SCHEMA_COPY } from './schema-copies.js';

export interface InitFile {
  /** Path inside the new folder, with forward slashes. */
  path: string;
  text: string;
}

function configFile(): string {
  const defaults = ThresholdsSchema.parse({});
  const shape = ThresholdsSchema.shape as Record<string, { description?: string }>;
  // A threshold that is a mapping (full_time_week_hours) is written in flow style on its one line.
  const show = (value: unknown) =>
    typeof value === 'object' && value !== null
      ? `{ ${Object.entries(value)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join(', ')} }`
      : String(value);
  const width = Math.max(
    ...Object.keys(defaults).map((k) => `${k}: ${show(defaults[k as keyof typeof defaults])}`.length),
  );
  const thresholds = Object.entries(defaults).map(([key, value]) => {
    const line = `  ${key}: ${show(value)}`.padEnd(width + 4);
    return `${line}# ${shape[key]?.description ?? ''}`;
  });
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_COPY}
# ap-ready settings for this school. Paths are relative to this file.
# Every setting: 'ap-ready schema --config'. Every rule: 'ap-ready rules'.

school:
  name:            # your school's name, printed at the top of every document
  urn:             # your school's 6-digit URN
  dsl:             # your designated safeguarding lead, by role (e.g. Deputy Headteacher)
  type:            # maintained | maintained-special | pru | academy | free-school | special-academy |
                   #   non-maintained-special | independent | other

# esa-2008: the registration test in force now. cwsa-2026: once s43 of the Children's Wellbeing and
# Schools Act 2026 is in force (then a pupil with any SEN counts, not only an EHC plan).
registration_law: esa-2008

# Optional: a GIAS "all establishments" CSV extract, to check each registered provider's URN.
# gias: ./data/edubasealldata.csv

# Optional: the pupil register (each pupil's own facts and whole week). Default: pupils.yaml beside this file.
# pupils: ./pupils.yaml

# Optional: your terms. School days and review intervals then count term time only.
# term_dates:
#   - { start: 2025-09-03, end: 2025-10-24 }
#   - { start: 2025-11-03, end: 2025-12-19 }

# Optional: files not to check, relative to this file, written as in .gitignore.
# ignores:
#   - placements/archive/

# Change a rule's severity: off, warn or error. For example:
#   rules:
#     review-overdue: error
#     curriculum-personal-development: off
rules: {}

# Every number the rules use, with its default.
thresholds:
${thresholds.join('\n')}
`;
}

function vscodeSettings(): string {
  // VS Code reads settings.json as JSON with comments.
  return `{
  // Completion and checking of placement files as you type, with the YAML extension by Red Hat
  // (redhat.vscode-yaml). The schemas are copies in .ap-ready/, so they work offline; after upgrading
  // ap-ready, refresh them with 'ap-ready schema > ${PLACEMENT_SCHEMA_COPY}' (and --config).
  // If ap-ready is installed in this folder (npm install ap-ready), you can point at
  // ./node_modules/ap-ready/schemas/placement-file.schema.json instead.
  "yaml.schemas": {
    "./${PLACEMENT_SCHEMA_COPY}": ["placements/**/*.yaml", "placements/**/*.yml"],
    "./${CONFIG_SCHEMA_COPY}": ["ap-ready.config.yaml", "ap-ready.config.yml"],
    "./${PUPILS_SCHEMA_COPY}": ["pupils.yaml"]
  }
}
`;
}

const extensions = () => JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n';

const gitignore = () => `# Everything ap-ready writes can hold pupil data: keep it out of git.
# Documents from 'ap-ready render' (write them into out/), wherever they are saved
/out/
*.pdf
/*.html
out/**/*.html
# Reports from 'ap-ready check --output' in every format
report.json
*.report.json
*.sarif
junit.xml
# Temporary files left by an interrupted write
*.tmp
# Code quality report for GitLab
gl-code-quality-report.json
# Any local install
node_modules/
# The stored findings of 'ap-ready check --cache' (outside node_modules)
.ap-ready-cache
`;

function readme(today: string): string {
  return `# Alternative Provision placements

This folder holds our records of pupils placed in off-site Alternative Provision, one YAML file per
provider in \`placements/\`, checked by [ap-ready](https://www.npmjs.com/package/ap-ready) so that the
evidence is ready for an Ofsted planning call.

## Day to day
- Add a provider: copy \`placements/example-provider.yaml\` (written on ${today}), rename it after the
  provider, fill it in, and delete the example when you no longer need it.
- Pupils are recorded by a pseudonymous reference (such as P-0042), never by name, date of birth or UPN.
- Check the files: \`npx ap-ready check\`. Each problem gives the file, line, rule and what to do;
  \`npx ap-ready rules --explain <rule>\` explains a rule.
- Each pupil's own facts (year group, SEND, looked after) and their sessions in school are in
  \`pupils.yaml\`, once per pupil: add a pupil there when you place them.
- Attendance marks the providers send go in \`attendance/\` as CSV files; \`check\` then reports
  missing, late and low attendance.
- School details, term dates and rule settings are in \`ap-ready.config.yaml\`.
- If a finding is considered and accepted, say why on the line above it:
  \`# ap-ready-disable-next-line <rule> -- <reason>\`. The reason is kept and shown in reports.

## Documents
\`npx ap-ready render planning-call -o out/planning-call.pdf\` makes the summary for the planning call.
Documents hold pupil data: keep them in \`out/\`, which git ignores, and store them as your data
protection policy says.

## Checks in CI
ap-ready is pinned in \`package.json\`: run \`npm install\` once and commit \`package-lock.json\`, then
\`npx ap-ready check\` uses that version here and in CI. On GitHub, \`.github/workflows/ap-ready.yml\` checks
every push and pull request and marks problems on the lines they are about (with \`init --ci gitlab\`,
\`.gitlab-ci.yml\` shows them in merge requests). Keep this repository private. To upgrade:
\`npm install --save-dev --save-exact ap-ready@latest\`.

## Editor
In VS Code, install the YAML extension by Red Hat: it then completes and checks placement files as you type
(the settings are in \`.vscode/\`).
`;
}

export type CiKind = 'github' | 'gitlab' | 'none';

/** Every file init writes, in the order it reports them. */
export function initFiles(today: string, version: string, options: { ci?: CiKind; name?: string } = {}): InitFile[] {
  const ci = options.ci ?? 'github';
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return [
    { path: 'ap-ready.config.yaml', text: configFile() },
    { path: 'placements/example-provider.yaml', text: exampleProvider(today) },
    { path: 'package.json', text: packageJson(version, packageName(options.name ?? '')) },
    ...(ci === 'github' ? [{ path: '.github/workflows/ap-ready.yml', text: workflow() }] : []),
    ...(ci === 'gitlab' ? [{ path: '.gitlab-ci.yml', text: gitlabCi() }] : []),
    { path: '.vscode/settings.json', text: vscodeSettings() },
    { path: '.vscode/extensions.json', text: extensions() },
    { path: PLACEMENT_SCHEMA_COPY, text: json(placementFileJsonSchema()) },
    { path: CONFIG_SCHEMA_COPY, text: json(configJsonSchema()) },
    { path: 'pupils.yaml', text: pupilsFile() },
    { path: PUPILS_SCHEMA_COPY, text: json(pupilsJsonSchema()) },
    { path: '.gitignore', text: gitignore() },
    { path: 'README.md', text: readme(today) },
  ];
}
