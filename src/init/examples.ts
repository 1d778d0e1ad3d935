// The example files init writes, so a new user's first `ap-ready check` is clean: a provider with one placement,
// and the pupil register with that pupil's whole week. Dates are counted from the day init runs.
import { addDays } from '../model/dates.js';
import { PLACEMENT_SCHEMA_COPY, PUPILS_SCHEMA_COPY } from './schema-copies.js';

/** An example provider file with one placement, its dates around `today`. */
export function exampleProvider(today: string): string {
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
export function pupilsFile(): string {
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
