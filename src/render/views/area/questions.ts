// Seed 000: the Alternative Provision deep-dive template's areas of interest, each evidence requirement and
// key question in its own words, with the overview's answer: a table or text from the placement records,
// or plainly "not held in the placement records".

/** What answers a question: the ids of blocks (tables or text the overview builds), or nothing held. */
export interface Question {
  words: string;
  code?: string;
  blocks: string[];
  notHeld?: string;
}
export interface Area {
  title: string;
  questions: Question[];
}

const q = (words: string, blocks: string[], notHeld?: string, code?: string): Question => ({
  words,
  blocks,
  notHeld,
  code,
});
const none = (words: string, why?: string, code?: string): Question => ({
  words,
  blocks: [],
  notHeld: why ?? '',
  code,
});

export const SEED_000: Area[] = [
  {
    title: 'Strategy and commissioning',
    questions: [
      q(
        'The structure of the local education system: types of education setting, settings with specialist provision available.',
        ['provider-types'],
        undefined,
        '3.1',
      ),
      none('Do you have a current commissioning strategy for AP?'),
      none('Do you have any other key documentation that informs your commissioning e.g. needs assessment?'),
      none('How does the process differ for children that are hard-to-place I.e. fair access protocol.'),
      none('Do you have an AP commissioning framework?'),
      q('Is there oversight of school-commissioned AP?', ['commissioned-by', 'findings-by-school']),
      q('Do you have an overview of AP provision in your area/ local to your area?', [
        'providers',
        'to-confirm',
        'area-checks',
      ]),
    ],
  },
  {
    title: 'Schools/ commissioning partners',
    questions: [
      q(
        'Commissioning and oversight of settings outside the local area, attended by CYP with EHC plans;',
        ['out-of-area'],
        'How each out-of-area setting was commissioned',
        '3.3',
      ),
      q(
        'Number of, and reasons for, CYP with SEND placed out of area.',
        ['out-of-area', 'out-of-area-reasons'],
        undefined,
        '3.3',
      ),
      none(
        'How are schools held to account for preventing exclusion and increasing inclusion?',
        'The placement records hold each placement\'s reason (see "Reasons for placement" below), not how schools are held to account',
      ),
      none('How does LA communicate the needs of the pupils to placements? Does this differ from school processes?'),
      q('How do ensure next steps are effective for those leaving AP?', [
        'leavers-by-school',
        'destinations-by-provider',
      ]),
      q('How do you monitor CYP in multiple AP settings?', ['settings-and-time']),
      q('How does the LA support and challenge schools?', ['findings-by-school'], 'What support the LA gives'),
    ],
  },
  {
    title: 'Pupils in settings',
    questions: [
      q(
        'The numbers of children and young people attending AP: with SEND, with EHC plans, on part-time timetables',
        ['pupils-by-school'],
        undefined,
        '2.5',
      ),
      q(
        'Attendance data for all pupils accessing AP.',
        ['attendance-by-school', 'attendance-by-provider'],
        undefined,
        '3.7',
      ),
      q("Overview of used AP and pupils' individual intervention plans.", ['providers', 'plans'], undefined, '6.3'),
      q('How is attendance being recorded/ monitored?', ['attendance-by-school']),
      q('What records are kept to monitor pupil progress?', ['plans']),
      q("How is pupils' length of time in placements tracked?", ['settings-and-time']),
      q('How do AP settings communicate with schools/ LA about the pupils?', ['reporting']),
      none('How does LA work with schools to understand their role for AP placements?'),
      q('How are pupils reintegrated back into mainstream schools?', ['outcomes-by-provider']),
      q('Which qualifications/ accreditations do pupils have access to?', ['qualifications']),
      q('How are parents/carers/ pupils involved in the decision-making?', ['involvement']),
      q('How are decisions made about AP placements?', ['reasons', 'commissioned-by'], 'How each decision was made'),
    ],
  },
  {
    title: 'Monitoring and oversight',
    questions: [
      q(
        "LA partnership's measures of outcomes, including outcomes relating to preparation for adulthood.",
        ['outcomes-by-provider', 'objectives-by-provider'],
        'Preparation-for-adulthood outcomes',
        '2.6',
      ),
      q('Data about destinations after leaving school, including NEET.', ['leavers-by-school'], undefined, '3.4'),
      q(
        'Quality and performance of AP settings including: Destination data/ tracking.',
        ['destinations-by-provider'],
        undefined,
        '6.4',
      ),
      q(
        'Quality and performance of AP settings including: LA quality assurance frameworks.',
        ['providers', 'la-qa'],
        "The LA's quality assurance framework itself",
        '6.4',
      ),
      q('What quality assurance procedures are in place for AP?', ['providers', 'area-checks']),
      q('How is monitoring / tracking in place for pupils who leave AP?', ['leavers-by-school']),
      q('How is monitoring / tracking in place for the outcomes for pupils measured?', ['outcomes-by-provider']),
      q('How is monitoring / tracking in place for unregistered and online provision monitored?', [
        'near-full-time',
        'confirmed-totals',
      ]),
    ],
  },
  {
    title: 'Level of LA involvement in the AP system',
    questions: [
      q('LA strategy and commissioning arrangements.', ['commissioned-by'], "The LA's strategy", '6.1'),
      q(
        'The needs of those in settings; how the LA monitors likely future need, and maintains sufficient provision',
        ['reasons', 'trends'],
        'Sufficiency planning',
        '6.2',
      ),
      q('Does LA have oversight of pupils in AP, including unregistered settings?', [
        'pupils-by-school',
        'near-full-time',
      ]),
      q('What is the role of the LA in QA?', ['la-qa']),
      none('What is the role of the LA in market management?'),
      q('How does LA forecast future need?', ['trends']),
      q('How do the LA and school differentiate their roles in the commissioning of AP?', ['commissioned-by']),
    ],
  },
];
