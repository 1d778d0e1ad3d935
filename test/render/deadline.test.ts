// The browser's start-up limit counts only time the event loop was free: the checks and templates that run
// while Chromium starts hold the loop for seconds, and that time must not use up the limit.
import { describe, expect, it } from 'vitest';
import { freeTimeDeadline } from '../../src/render/printer/deadline.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // synchronous work, as a check of thousands of files is
  }
}

describe('the start-up limit', () => {
  it('fires after the given time when the loop is free', async () => {
    let fired = 0;
    const start = performance.now();
    freeTimeDeadline(300, () => (fired = performance.now() - start));
    await sleep(1500);
    expect(fired).toBeGreaterThanOrEqual(290);
  });

  it('does not count time the loop was held by synchronous work', async () => {
    let fired = false;
    freeTimeDeadline(1000, () => (fired = true));
    busy(1500);
    await sleep(100);
    expect(fired).toBe(false);
    await sleep(3000);
    expect(fired).toBe(true);
  });

  it('is cancelled by the function it returns', async () => {
    let fired = false;
    const cancel = freeTimeDeadline(100, () => (fired = true));
    cancel();
    await sleep(400);
    expect(fired).toBe(false);
  });
});
