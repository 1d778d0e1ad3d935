import { absenceNotFollowedUp } from '../../src/rules/absence-not-followed-up.js';
import { testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

const [W1MON, , W2MON, W2WED] = ALL_PRESENT;

testRule(absenceNotFollowedUp, {
  valid: [
    marks('every pupil present', ALL_PRESENT),
    marks('followed up the same day', [W1MON, '2026-11-04,pm,P-0001,tuition-a,N,13:05,13:40,', W2MON, W2WED]),
    {
      // The school's own log: the whole day (no session), or the session, followed up that day.
      ...marks("followed up the same day in the school's follow-up log", [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,N,13:05,,',
        '2026-11-09,am,P-0001,tuition-a,absent,09:05,,',
        W2WED,
      ]),
      followUps:
        'date,session,pupil,followed_up_at,by,outcome\n2026-11-04,,P-0001,13:40,DSL,\n09/11/2026,am,p-0001,2026-11-09T10:15,Office,Ill\n',
    },
    marks('an authorised absence needs no follow-up', [
      W1MON,
      '2026-11-04,pm,P-0001,tuition-a,I,13:05,,',
      W2MON,
      W2WED,
    ]),
  ],
  invalid: [
    {
      ...marks('no follow-up, and one the next day', [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,N,13:05,13:40,',
        '2026-11-09,am,P-0001,tuition-a,absent,09:05,,',
        '2026-11-11,pm,P-0001,tuition-a,O,13:05,2026-11-12T09:00,',
      ]),
      errors: [
        {
          messageId: 'notFollowedUp',
          line: 4,
          column: 45,
          data: { pupil: 'pupil P-0001', provider: '"Tuition A"', date: '2026-11-09', session: 'am' },
        },
        { messageId: 'notFollowedUp', line: 5, column: 40 },
      ],
    },
    {
      // A note is read past, never printed.
      ...marks('a note is never printed', [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,N,13:05,,"Mum says: at Gran\'s, 12 Elm Road"',
        W2MON,
        W2WED,
      ]),
      errors: [{ messageId: 'notFollowedUp', line: 3, column: 40, message: /^(?!.*(Elm|Gran))/ }],
    },
    {
      // A log entry the next day, or for the other session, does not follow this absence up; a bad entry is not read.
      ...marks("the follow-up log's entry is the next day, for another session, or cannot be read", [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,N,13:05,,',
        '2026-11-09,am,P-0001,tuition-a,N,09:05,,',
        '2026-11-11,pm,P-0001,tuition-a,N,13:05,,',
      ]),
      followUps:
        'date,session,pupil,followed_up_at\n2026-11-04,pm,P-0001,2026-11-05T09:00\n2026-11-09,pm,P-0001,10:00\n2026-11-11,pm,P-0001,soon\n',
      errors: [
        { messageId: 'notFollowedUp', line: 3, column: 40 },
        { messageId: 'notFollowedUp', line: 4, column: 40 },
        { messageId: 'notFollowedUp', line: 5, column: 40 },
      ],
    },
    {
      ...marks('a file without a followed_up_at column: at the mark', []),
      attendance: { 'marks.csv': 'date,session,pupil,provider,mark\n2026-11-02,am,P-0001,tuition-a,N\n' },
      errors: [{ messageId: 'notFollowedUp', line: 2, column: 32 }],
    },
  ],
});
