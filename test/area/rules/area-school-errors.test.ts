import { areaSchoolErrors } from '../../../src/area/rules/school-errors.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

// A part-time timetable with no review date, end date or LA notice: part-time-timetable errors at the school.
const partTime = {
  'm.yaml': { pupils: [{ ref: 'P-0001', extra: '    part_time_timetable: { agreed_with_parent: 2026-09-01 }\n' }] },
};

testAreaRule(areaSchoolErrors, {
  valid: [
    { name: 'every school clean', schools: [{ dir: 'a', files: { 'm.yaml': {} } }] },
    {
      name: 'turned off in area.yaml',
      schools: [{ dir: 'a', files: partTime }],
      areaYaml: 'area: { name: T }\nrules: { area-school-errors: off }\nschools:\n  - path: a\n',
    },
  ],
  invalid: [
    {
      name: 'a school with open errors, counted by rule, on its entry in area.yaml',
      schools: [
        { dir: 'a', urn: '995100', files: partTime },
        { dir: 'b', files: { 'm.yaml': {} } },
      ],
      errors: [
        {
          messageId: 'errors',
          at: ['schools', 0],
          data: { school: 'a', urn: '995100', byRule: [['part-time-timetable', 1]] },
        },
      ],
    },
  ],
});
