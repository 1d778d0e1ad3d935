import { areaDataStale } from '../../../src/area/rules/data-stale.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

const files = { 'm.yaml': {} };

testAreaRule(areaDataStale, {
  valid: [
    { name: 'data committed within stale_after_days (14)', schools: [{ dir: 'a', files, dataAsOf: '2026-11-02' }] },
    { name: 'a school not read from git has no date to judge', schools: [{ dir: 'a', files }] },
    {
      name: 'stale_after_days raised in area.yaml',
      schools: [{ dir: 'a', files, dataAsOf: '2026-10-01' }],
      areaYaml: 'area: { name: T }\nstale_after_days: 60\nschools:\n  - path: a\n',
    },
    {
      name: 'turned off in area.yaml',
      schools: [{ dir: 'a', files, dataAsOf: '2026-01-01' }],
      areaYaml: 'area: { name: T }\nrules: { area-data-stale: off }\nschools:\n  - path: a\n',
    },
  ],
  invalid: [
    {
      name: "data last committed 15 days before the as-of date, on the school's entry",
      schools: [
        { dir: 'a', files, dataAsOf: '2026-11-10' },
        { dir: 'b', files, dataAsOf: '2026-11-01' },
      ],
      errors: [
        {
          messageId: 'stale',
          at: ['schools', 1],
          data: { school: 'b', date: '2026-11-01', days: 15, max: 14 },
          severity: 'warn',
        },
      ],
    },
  ],
});
