// The loader decides which schools are left out (test/area/input.test.ts reads real folders for that); the
// rule says each one, on its entry in area.yaml, in the words of its reason.
import { areaSchoolLeftOut } from '../../../src/area/rules/school-left-out.js';
import type { LeftOut } from '../../../src/area/schools.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

const areaYaml = 'area: { name: T }\nschools:\n  - path: a\n  - path: gone\n  - path: b\n';
const left = (index: number, why: Pick<LeftOut, 'messageId' | 'data'>): LeftOut =>
  ({ index, label: 'x', path: ['schools', index, 'path'], ...why }) as LeftOut;
const school = (dir: string) => ({ dir, files: { 'm.yaml': {} } });

testAreaRule(areaSchoolLeftOut, {
  valid: [{ name: 'every school checked', schools: [school('a')] }],
  invalid: [
    {
      name: "each reason, on the school's path",
      schools: [school('a'), school('b')],
      areaYaml,
      leftOut: [
        left(1, { messageId: 'missing', data: { folder: 'gone', areaFile: 'area.yaml', git: true } }),
        left(1, { messageId: 'notFolder', data: { folder: 'gone' } }),
        left(1, { messageId: 'noConfig', data: { folder: 'gone' } }),
        left(1, { messageId: 'notChecked', data: { folder: 'gone', problem: 'the config is not valid YAML.' } }),
        left(1, {
          messageId: 'noUrn',
          data: { name: 'Gone School', folder: 'gone', config: 'gone/ap-ready.config.yaml' },
        }),
        left(1, { messageId: 'gitFailed', data: { problem: 'git could not fetch the repository.' } }),
        left(1, { messageId: 'outside', data: { folder: 'gone', what: 'its placements folder' } }),
        left(2, { messageId: 'sameUrn', data: { name: 'b', urn: '995100', first: 'a', position: 1 } }),
      ],
      errors: [
        {
          messageId: 'missing',
          at: ['schools', 1, 'path'],
          severity: 'error',
          data: { folder: 'gone', areaFile: 'area.yaml', git: true },
        },
        { messageId: 'notFolder', at: ['schools', 1, 'path'], data: { folder: 'gone' } },
        { messageId: 'noConfig', at: ['schools', 1, 'path'], data: { folder: 'gone' } },
        {
          messageId: 'notChecked',
          at: ['schools', 1, 'path'],
          data: { folder: 'gone', problem: 'the config is not valid YAML.' },
        },
        {
          messageId: 'noUrn',
          at: ['schools', 1, 'path'],
          data: { name: 'Gone School', folder: 'gone', config: 'gone/ap-ready.config.yaml' },
        },
        {
          messageId: 'gitFailed',
          at: ['schools', 1, 'path'],
          data: { problem: 'git could not fetch the repository.' },
        },
        { messageId: 'outside', at: ['schools', 1, 'path'], data: { folder: 'gone', what: 'its placements folder' } },
        {
          messageId: 'sameUrn',
          at: ['schools', 2, 'path'],
          data: { name: 'b', urn: '995100', first: 'a', position: 1 },
        },
      ],
    },
  ],
});
