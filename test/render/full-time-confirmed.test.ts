// The planning call shows, beside each unregistered provider's pupils, its own confirmed total of full-time pupils from all schools
// (registration.full_time_pupils_confirmed), or that it is not confirmed; a registered provider shows neither.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { renderHtml } from '../../src/render/index.js';
import { planningCallView } from '../../src/render/views/planning-call.js';
import { placementFile } from '../support/rule-tester.js';

const now = new Date(2025, 11, 1, 9, 30);
const unregistered = (confirmed: Record<string, unknown> | null) => ({
  registration: { status: 'unregistered', type: 'tuition', urn: null, full_time_pupils_confirmed: confirmed },
});

async function call(provider: Record<string, unknown>) {
  const fs = memoryFs({ '/school/placements/a.yaml': placementFile({ provider }) });
  const result = await check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
  return {
    view: planningCallView(result, { version: 'test', now }),
    html: renderHtml('planning-call', result, { now }).html,
  };
}

describe("the unregistered provider's own full-time total", () => {
  it.each([
    [
      'confirmed as 3',
      unregistered({ date: '2025-09-10', count: 3 }),
      { count: 3, date: '2025-09-10' },
      'unregistered: its own total of full-time pupils from all schools is 3 (confirmed 10 September 2025)',
    ],
    [
      'confirmed as 1',
      unregistered({ date: '2025-09-10', count: 1 }),
      { count: 1, date: '2025-09-10' },
      'its own total of full-time pupils from all schools is 1 (confirmed',
    ],
    [
      'not confirmed',
      unregistered(null),
      null,
      'its own total of full-time pupils from all schools is <strong>not confirmed</strong>',
    ],
  ])('%s', async (_, provider, fullTimeConfirmed, words) => {
    const { view, html } = await call(provider);
    expect(view.providers[0].fullTimeConfirmed).toEqual(fullTimeConfirmed);
    expect(html).toContain(words);
  });

  it('a registered provider shows no such line', async () => {
    const { view, html } = await call({ registration: { status: 'registered', type: 'pru', urn: 123456 } });
    expect(view.providers[0].registered).toBe(true);
    expect(view.providers[0].fullTimeConfirmed).toBeNull();
    expect(html).not.toContain('its own total');
  });
});
