import { describe, expect, it } from 'vitest';
import { urnUnregistered } from '../../src/rules/urn-unregistered.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(urnUnregistered, {
  valid: [{ name: 'urn: null', files: placementFile({ provider: { registration: { urn: null } } }) }],
  invalid: [
    {
      name: 'an unregistered provider with a URN',
      files: placementFile({ provider: { registration: { urn: 123456 } } }),
      errors: [
        {
          messageId: 'hasUrn',
          at: ['provider', 'registration', 'urn'],
          data: { name: 'Bridge Learning Centre', urn: '123456' },
        },
      ],
    },
  ],
});

describe('an unregistered provider with a number in urn', () => {
  it('gets one finding, urn-unregistered, and no advice to copy a URN from GIAS', async () => {
    const { check } = await import('../../src/check.js');
    const { memoryFs } = await import('../../src/load/fs.js');
    const text = placementFile({
      provider: { registration: { status: 'unregistered', type: 'tuition', urn: '08123456' } },
    });
    const result = await check(['/school/placements'], {
      cwd: '/school',
      asOf: '2025-12-01',
      fs: memoryFs({ '/school/placements/a.yaml': text }),
    });
    const urn = result.findings.filter((f) => f.ruleId.startsWith('urn-'));
    expect(urn.map((f) => f.ruleId)).toEqual(['urn-unregistered']);
    expect(urn[0].message).not.toMatch(/Get Information About Schools/);
  });
});
