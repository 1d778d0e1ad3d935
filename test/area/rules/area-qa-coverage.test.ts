import { areaQaCoverage } from '../../../src/area/rules/qa.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

const at = (dir: string) => ({ file: `${dir}/placements/m.yaml`, at: ['provider', 'quality_assurance'], key: true });
/** With no quality_assurance list at all, the school file's finding is on its provider. */
const atProvider = (dir: string) => ({ file: `${dir}/placements/m.yaml`, at: ['provider'], key: true });

testAreaRule(areaQaCoverage, {
  valid: [
    {
      name: "one school's recent QA covers the others",
      schools: [
        { dir: 'a', files: { 'm.yaml': { qa: [] } } },
        { dir: 'b', files: { 'm.yaml': { qa: [['2026-10-01', 'meets']] } } },
      ],
    },
    {
      name: 'a provider no longer in use',
      schools: [
        {
          dir: 'a',
          files: { 'm.yaml': { qa: [], pupils: [{ ref: 'A', end: '2026-07-17', destination: 'Returned to school' }] } },
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'no school has quality-assured a provider in use',
      schools: [
        { dir: 'a', files: { 'm.yaml': { qa: [] } } },
        { dir: 'b', files: { 'm.yaml': { qa: [] } } },
      ],
      errors: [
        { messageId: 'missing', at: ['schools', 0], data: { provider: 'Millstone Workshop', schools: 2 } },
        { messageId: 'missing', ...atProvider('a') },
        { messageId: 'missing', ...atProvider('b') },
      ],
    },
    {
      name: 'the latest by any school is too old, naming that school',
      schools: [
        { dir: 'a', files: { 'm.yaml': { qa: [['2025-06-01', 'meets']] } } },
        { dir: 'b', files: { 'm.yaml': { qa: [['2025-09-01', 'meets']] } } },
      ],
      errors: [
        {
          messageId: 'old',
          at: ['schools', 0],
          data: { provider: 'Millstone Workshop', date: '2025-09-01', school: 'b', days: 441, max: 365 },
        },
        { messageId: 'old', ...at('a') },
        { messageId: 'old', ...at('b') },
      ],
    },
    {
      name: "area.yaml's own qa_max_age_days",
      schools: [{ dir: 'a', files: { 'm.yaml': { qa: [['2026-06-01', 'meets']] } } }],
      areaYaml: 'area: { name: T }\nthresholds: { qa_max_age_days: 90 }\nschools:\n  - path: a\n',
      errors: [
        { messageId: 'old', at: ['schools', 0], message: /168 days ago \(more than qa_max_age_days, 90\)/ },
        { messageId: 'old', ...at('a') },
      ],
    },
  ],
});
