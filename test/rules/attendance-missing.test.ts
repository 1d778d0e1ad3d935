import { attendanceMissing } from '../../src/rules/attendance-missing.js';
import { config, testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

const [W1MON, , W2MON, W2WED] = ALL_PRESENT;
const at = ['placements', 0, 'sessions'];

testRule(attendanceMissing, {
  valid: [
    marks('a mark for every timetabled session', ALL_PRESENT),
    marks('no attendance folder: nothing is asked for', [], { attendance: undefined }),
    marks('attendance.since after the first week', [W2MON, W2WED], {
      config: config({ attendance: { since: '2026-11-09' } }),
    }),
    marks('term starts after the first week', [W2MON, W2WED], {
      config: config({ term_dates: [{ start: '2026-11-09', end: '2026-12-18' }] }),
    }),
  ],
  invalid: [
    {
      ...marks('three sessions without a mark: one warning, counting them and naming the first', [W1MON]),
      errors: [
        {
          messageId: 'missing',
          at,
          key: true,
          data: { pupil: 'pupil P-0001', count: 3, sessions: ['2026-11-04 pm', '2026-11-09 am', '2026-11-11 pm'] },
        },
      ],
    },
    {
      ...marks('an unreadable row leaves its session without a mark', [
        W1MON,
        '2026-02-30,pm,P-0001,tuition-a,/,13:05,,',
        W2MON,
        W2WED,
      ]),
      errors: [
        { messageId: 'missing', at, key: true, data: { pupil: 'pupil P-0001', count: 1, sessions: ['2026-11-04 pm'] } },
      ],
    },
    {
      ...marks('no marks at all, since attendance.since: four sessions, the first three named', [], {
        config: config({ attendance: { since: '2026-11-03' } }),
      }),
      attendance: { 'marks.csv': 'date,session,pupil,provider,mark\n' },
      // No mark from the provider at all: one finding for the provider, not "a session went unmarked".
      errors: [
        {
          messageId: 'noMarks',
          at: ['provider', 'name'],
          data: { name: 'Tuition A', pupils: 1, count: 3, file: 'tuition-a' },
          message: /^No attendance marks from "Tuition A" are held at all \(1 pupil, 3 timetabled sessions so far\)/,
        },
      ],
    },
    {
      ...marks(
        "the provider's export names a provider the school does not record: its marks match no placement, so none is held from it",
        ['2026-11-02,am,P-0001,Other Centre,/,09:05,,'],
      ),
      errors: [
        {
          messageId: 'noMarks',
          at: ['provider', 'name'],
          data: { name: 'Tuition A', pupils: 1, count: 4, file: 'tuition-a' },
        },
      ],
    },
  ],
});
