// What `ap-ready init` writes. Kept in code, not as template files, so they ship inside dist/. The config's
// thresholds come from the config schema (their one home), the schemas from the zod model, and the example's
// dates are counted from the day init runs, so a new user's first `ap-ready check` is clean.
import { ThresholdsSchema } from '../model/config.js';
import { addDays } from '../model/dates.js';
import { configJsonSchema, placementFileJsonSchema, pupilsJsonSchema } from '../json-schema.js';
import { gitlabCi, packageJson, packageName, workflow } from './ci.js';

export interface InitFile {
  /** Path inside the new folder, with forward slashes. */
  path: string;
  text: string;
}

export const PLACEMENT_SCHEMA_COPY = '.ap-ready/placement-file.schema.json';
export const CONFIG_SCHEMA_COPY = '.ap-ready/config.schema.json';
export const PUPILS_SCHEMA_COPY = '.ap-ready/pupils.schema.json';

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

function exampleProvider(today: string): string {
  const d = (days: number) => addDays(today, days);
  return `# yaml-language-server: $schema=../${PLACEMENT_SCHEMA_COPY}
# An example provider file, written by 'ap-ready init' on ${today}: copy it for each provider, fill in
# the real details, and delete this one. One file per provider. Dates: YYYY-MM-DD. Times: HH:MM.
# Never write a pupil's name, date of birth or UPN here: use your own pseudonymous reference.
provider:
  name: Example Learning Centre               # required
  address:                                    # required: the planning call asks for it
    line1: 1 Example Street                   # required
    town: Exampletown                         # required
    postcode: EX1 1AA                         # required; must be a real UK postcode format
  registration:
    status: unregistered                      # registered | unregistered   (required)
    type: tuition                             # registered: pru | ap-academy | ap-free-school | independent-school |
                                              #   independent-special-school | special-school | fe-college |
                                              #   online-provider | other
                                              # unregistered: tuition | vocational | therapeutic |
                                              #   sport-or-outdoor | online | other
    # urn: 123456                             # registered providers only: the 6-digit URN
    full_time_pupils_confirmed:               # unregistered providers: their own total of full-time pupils
      date: ${d(-28)}                        #   of compulsory school age from all commissioners,
      count: 0                                #   as the provider confirmed it to you
  delivery: in-person                         # in-person | online | mixed
  contact: { name: Centre Manager, email: office@example.org, phone: "01234 567890" }
  safeguarding:
    dsl: { name: Designated Safeguarding Lead, phone: "01234 567891" }   # the provider's DSL
    staff_checks_confirmed: ${d(-35)}        # written confirmation of staff vetting checks (KCSIE)
    policy_reviewed: ${d(-35)}               # when you reviewed the provider's safeguarding policy
  agreement:                                  # the signed written agreement (service level agreement)
    signed: ${d(-35)}
    expires: ${d(330)}                       # optional
  attendance_reporting:
    method: email                             # email | phone | portal | other
    within_minutes: 30                        # how soon after a session starts the provider reports absence
  curriculum: [english, maths, pshe, careers] # english | maths | science | pshe | rse | careers |
                                              #   vocational | mentoring | physical-education | other
  quality_assurance:                          # your own QA visits and reviews of this provider
    - date: ${d(-14)}
      by: Deputy Headteacher                  # a role, not a private person's details
      against: voluntary-national-standards   # voluntary-national-standards | local-authority-framework | other
      outcome: meets                          # meets | partly-meets | does-not-meet
      areas:                                  # optional: the outcome for each national standards area
        safeguarding: meets
        health_and_safety: meets
        admissions_and_support: meets
        quality_of_education: meets
      notes: "Visited the site; premises and health and safety checked."

placements:
  - pupil: P-0001                             # required: your pseudonymous reference, never a name
    year_group: 10                            # R or 1-13
    start_date: ${d(-28)}                    # required
    planned_end_date: ${d(49)}               # the agreed end of the placement
    # end_date: ${d(49)}                     # set when the placement has ended, then add destination and outcome:
    reason: Small-group support to re-engage with learning   # why this pupil attends this provider
    reason_category: semh                     # behaviour | semh | medical | send | exclusion |
                                              #   reintegration | school-refusal | other
    commissioned_by: school                   # school | local-authority
    attendance_code: B                        # the register code: B, D (dual_registered), K (LA-arranged), P, V or W
    la_notified: ${d(-31)}                   # when you told the local authority (unregistered providers)
    risk_assessment: ${d(-31)}               # travel, supervision, the time not in education
    send: sen-support                         # none | sen-support | ehcp   (required)
    looked_after: false                       # required
    # part_time_timetable:                    # only while the pupil is on a part-time timetable:
    #   agreed_with_parent: YYYY-MM-DD
    #   review_date: YYYY-MM-DD               #   the next review, a future date
    #   end_date: YYYY-MM-DD
    # off_site_direction:                     # only for a direction under Education Act 2002 s.29A (maintained schools):
    #   notice_date: YYYY-MM-DD               #   written notice to parents, 2 school days before the start
    #   la_notice_date: YYYY-MM-DD            #   and to the local authority when the pupil has an EHC plan
    hours_per_week: 9                         # hours_per_week or sessions, or both (they must agree)
    sessions:
      - { day: mon, start: "09:00", end: "13:30" }
      - { day: wed, start: "09:00", end: "13:30" }
    pre_commissioning_discussion:             # with the parent or carer and the pupil, before the start
      date: ${d(-35)}
      parent_or_carer: true
      pupil: true
    objectives:                               # clear targets, each with a date (and, if you measure it, a baseline and goal)
      - { id: attendance, target: Attend 90% of sessions, by: ${d(21)}, measure: attendance-percent, baseline: 70, goal: 90 }
      - { id: maths, target: Return to two mainstream maths lessons a week, by: ${d(49)} }
    reviews:                                  # review meetings held, at least half-termly
      - date: ${d(-7)}
        attendance_percent: 90
        took_part: [school, provider, parent-or-carer, pupil]   # pupil: the pupil's own view was heard
        progress:                             # each objective by its id: not-started | on-track | off-track | met | not-met | dropped
          - { objective: attendance, status: on-track, value: 90 }
          - { objective: maths, status: not-started }
        next_review: ${d(35)}                # the date agreed for the next review
        notes: "Settled well."                # never printed in documents
    # maximum_end_date: YYYY-MM-DD            # the agreed maximum period, if there is one
    exit_plan: Phased return to mainstream lessons over the last three weeks   # the next step
`;
}

/** The pupil register for the example placement: its whole week, so the first check is clean. */
function pupilsFile(): string {
  return `# yaml-language-server: $schema=${PUPILS_SCHEMA_COPY}
# The pupil register: each pupil in alternative provision once, with the facts that are the pupil's
# (not one placement's) and their sessions in school, so ap-ready knows where they are all week.
# Pseudonymous references only, the same as in placements/. Every field: 'ap-ready schema --pupils'.
pupils:
  - ref: P-0001                               # the reference the placements use
    year_group: 10                            # R or 1-13
    send: sen-support                         # none | sen-support | ehcp
    looked_after: false
    social_worker: false                      # true when a social worker is allocated (a flag only)
    school_sessions:                          # the pupil's week in school; [] when none
      - { day: mon, start: "13:45", end: "15:15" }
      - { day: tue, start: "08:45", end: "15:15" }
      - { day: wed, start: "13:45", end: "15:15" }
      - { day: thu, start: "08:45", end: "15:15" }
      - { day: fri, start: "08:45", end: "15:15" }
    # part_time_timetable:                    # only while the whole week is part-time:
    #   agreed_with_parent: YYYY-MM-DD
    #   review_date: YYYY-MM-DD
    #   end_date: YYYY-MM-DD
    #   la_informed: YYYY-MM-DD               #   when the local authority was told
    # looked_after_education:                 # looked-after pupils only:
    #   virtual_school_informed: YYYY-MM-DD   #   before the placement starts
    #   pep_reviewed: YYYY-MM-DD              #   the personal education plan, each term
    # ehcp_la_consulted: YYYY-MM-DD           # EHC plan: the LA's SEN team agreed the placement
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
