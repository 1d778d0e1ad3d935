import { curriculumPersonalDevelopment } from '../../src/rules/curriculum-personal-development.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const NO_PD = { curriculum: ['english', 'maths'] };
const AT = ['provider', 'curriculum'];
const NAME = 'Bridge Learning Centre';
/** Sessions of `hours` each (from 09:00) on these days. */
const sessions = (hours: number, ...days: string[]) =>
  days.map((day) => ({
    day,
    start: '09:00',
    end: `${String(9 + Math.floor(hours)).padStart(2, '0')}:${hours % 1 ? '30' : '00'}`,
  }));
const at = (placements: Record<string, unknown>[]) => placementFile({ provider: NO_PD, placements });

testRule(curriculumPersonalDevelopment, {
  valid: [
    { name: 'PSHE and careers offered', files: placementFile() },
    { name: 'RSE alone is enough', files: placementFile({ provider: { curriculum: ['english', 'rse'] } }) },
    { name: 'one full day a week', files: at([{ hours_per_week: undefined, sessions: sessions(5, 'mon') }]) },
    {
      name: 'a 2-hour tuition slot on three days (6 hours: in school the rest of the week)',
      files: at([{ hours_per_week: undefined, sessions: sessions(2, 'mon', 'wed', 'fri') }]),
    },
    { name: 'three mornings of 3 hours (9 hours: under two school days)', files: at([{}]) },
    { name: 'given only as 5 hours a week (1 school day)', files: at([{ sessions: undefined, hours_per_week: 5 }]) },
  ],
  invalid: [
    {
      name: 'two full days (10 hours): exactly personal_development_min_days (2)',
      files: at([{ hours_per_week: undefined, sessions: sessions(5, 'mon', 'wed') }]),
      errors: [{ messageId: 'missing', at: AT, key: true, data: { name: NAME, hours: 10, days: '2' } }],
    },
    {
      name: 'given only as 12.5 hours a week',
      files: at([{ sessions: undefined, hours_per_week: 12.5 }]),
      errors: [
        {
          messageId: 'missing',
          at: AT,
          key: true,
          message:
            /^Pupils spend up to 12\.5 hours a week at "Bridge Learning Centre" \(about 2\.5 school days away from school\)/,
        },
      ],
    },
    {
      name: "one pupil's two placements there are summed (6 + 6 hours)",
      files: at([
        { hours_per_week: 6, sessions: undefined },
        { hours_per_week: 6, sessions: undefined },
      ]),
      errors: [{ messageId: 'missing', at: AT, key: true, data: { name: NAME, hours: 12, days: '2.4' } }],
    },
  ],
});
