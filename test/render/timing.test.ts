// How long the planning call takes to PDF, including starting the browser: for the examples (target under
// 3 s) and for 300 invented providers (target under 10 s). The figures are printed; the test fails only at
// twice the target, so a busy machine running other tests in parallel does not make it flaky.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { render } from '../../src/render/index.js';
import { DATA_SETS, syntheticProviders, tempDir } from './support.js';

async function timePlanningCall(placements: string, options: { asOf: string; configPath?: string }) {
  const start = performance.now();
  const r = await render('planning-call', [placements], { ...options, format: 'pdf' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 'rendered') throw new Error('refused');
  return { seconds, pages: r.pages ?? 0, providers: 'providers' in r.view ? r.view.providers.length : 0 };
}

describe('timing: the planning call to PDF, browser start included', () => {
  it(`the ${DATA_SETS[DATA_SETS.length - 1].name}: under 3 s`, async () => {
    const set = DATA_SETS[DATA_SETS.length - 1];
    const t = await timePlanningCall(set.placements, { asOf: set.asOf, configPath: set.config });
    console.log(
      `planning-call PDF, ${set.name} (${t.providers} providers, ${t.pages} pages): ${t.seconds.toFixed(2)} s`,
    );
    expect(t.seconds).toBeLessThan(6);
  }, 60_000);

  it('300 providers: under 10 s', async () => {
    const dir = tempDir();
    const placements = syntheticProviders(dir);
    const t = await timePlanningCall(placements, { asOf: '2026-11-16', configPath: join(dir, 'ap-ready.config.yaml') });
    console.log(
      `planning-call PDF, 300 synthetic providers (${t.providers} in use, ${t.pages} pages): ${t.seconds.toFixed(2)} s`,
    );
    expect(t.providers).toBe(300);
    expect(t.seconds).toBeLessThan(20);
  }, 120_000);
});
