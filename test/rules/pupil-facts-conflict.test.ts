import { pupilFactsConflict } from '../../src/rules/pupil-facts-conflict.js';
import { placementFile, testRule } from '../support/rule-tester.js';

/** The same pupil at a second provider, on other days (9 hours: tue and thu), with `placement` laid over it. */
const second = (placement: Record<string, unknown> = {}) => placementFile({
  provider: { name: 'Second Centre' },
  placements: [{
    sessions: [{ day: 'tue', start: '09:30', end: '12:30' }, { day: 'thu', start: '09:30', end: '12:30' }, { day: 'thu', start: '13:00', end: '16:00' }],
    ...placement,
  }],
});

testRule(pupilFactsConflict, {
  valid: [
    { name: 'year_group left out in one file', files: { 'a.yaml': placementFile(), 'b.yaml': second({ year_group: null, start_date: '2026-01-05' }) } },
  ],
  invalid: [
    {
      name: 'send differs (the second placement upcoming)', files: { 'a.yaml': placementFile(), 'b.yaml': second({ start_date: '2026-01-05', send: 'ehcp' }) },
      errors: [
        { file: 'a.yaml', messageId: 'conflict', at: ['placements', 0, 'send'], key: true, data: { pupil: 'pupil P-0042', fact: 'send', list: 'sen-support at Bridge Learning Centre, ehcp at Second Centre' }, message: /sen-support at Bridge Learning Centre, ehcp at Second Centre/ },
        { file: 'b.yaml', messageId: 'conflict', at: ['placements', 0, 'send'], key: true, message: /sen-support at Bridge Learning Centre, ehcp at Second Centre/ },
      ],
    },
    {
      name: 'looked_after and year_group differ', files: { 'a.yaml': placementFile(), 'b.yaml': second({ year_group: 11, start_date: '2026-01-05', looked_after: true }) },
      errors: [
        { file: 'a.yaml', messageId: 'conflict', at: ['placements', 0, 'looked_after'], key: true },
        { file: 'b.yaml', messageId: 'conflict', at: ['placements', 0, 'looked_after'], key: true },
        { file: 'a.yaml', messageId: 'conflict', at: ['placements', 0, 'year_group'], key: true },
        { file: 'b.yaml', messageId: 'conflict', at: ['placements', 0, 'year_group'], key: true },
      ],
    },
  ],
});
