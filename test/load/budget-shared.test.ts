// The input budget is one per run: the pupil register's values count against it with the placement files'.
import { afterEach, expect, it } from 'vitest';
import { COMPLIANT, run } from '../support/check-in-memory.js';
import { UsageError } from '../../src/model/findings.js';

const REGISTER = 'pupils:\n  - ref: P-0042\n    year_group: 10\n    school_sessions: []\n';
const passes = async (files: Record<string, string>, limit: number) => {
  process.env.AP_READY_MAX_INPUT_VALUES = String(limit);
  try {
    await run(files);
    return true;
  } catch (e) {
    if (e instanceof UsageError) return false;
    throw e;
  }
};
afterEach(() => {
  delete process.env.AP_READY_MAX_INPUT_VALUES;
});

it('a register that fits the budget alone, beside a placement file that fits alone, can still exceed it together', async () => {
  const provider = { 'provider.yaml': COMPLIANT };
  // The smallest budget the placement file passes alone.
  let lo = 1,
    hi = 100_000;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (await passes(provider, mid)) hi = mid;
    else lo = mid + 1;
  }
  expect(await passes(provider, lo)).toBe(true);
  expect(await passes({ 'pupils.yaml': REGISTER, 'x.yaml': '# the register alone\n' }, lo)).toBe(true);
  expect(await passes({ ...provider, 'pupils.yaml': REGISTER }, lo)).toBe(false);
  expect(await passes({ ...provider, 'pupils.yaml': REGISTER }, lo + 100)).toBe(true);
});
