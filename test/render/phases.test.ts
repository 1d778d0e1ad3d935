// --debug says how long each phase of a PDF took: the reporter sees each phase once, also when it fails,
// and the command line prints check, html, launch, load, print and close for a real PDF.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPhasesTo, timed } from '../../src/render/phases.js';
import { runCli } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('timed', () => {
  afterEach(() => reportPhasesTo(undefined));

  it('reports each phase with its time, and passes the result through', async () => {
    const seen: [string, number][] = [];
    reportPhasesTo((phase, ms) => seen.push([phase, ms]));
    expect(
      await timed('load', async () => {
        await new Promise((r) => setTimeout(r, 20));
        return 7;
      }),
    ).toBe(7);
    await expect(
      timed('print', () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(seen.map(([p]) => p)).toEqual(['load', 'print']);
    expect(seen[0][1]).toBeGreaterThanOrEqual(15);
  });

  it('reports nothing without a reporter', async () => {
    expect(await timed('load', () => 3)).toBe(3);
  });
});

describe('ap-ready render --debug', () => {
  it('prints the time of each phase of a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-phases-'));
    try {
      const r = await runCli(
        ['render', 'planning-call', 'placements', '-o', join(dir, 'p.pdf'), '--as-of', '2026-11-16', '--debug'],
        { cwd: join(ROOT, 'examples') },
      );
      expect(r.status).toBe(0);
      const phases = [...r.stderr.matchAll(/^ap-ready: (.+) took \d+ ms$/gm)].map((m) => m[1]);
      // The browser launches while the files are checked and the HTML is made: whichever ends first is said first.
      expect(phases[0]).toBe('find browser');
      expect([...phases].sort()).toEqual(['check', 'close', 'find browser', 'html', 'launch', 'load', 'print']);
      expect(phases.indexOf('check')).toBeLessThan(phases.indexOf('html'));
      expect(phases.slice(-3)).toEqual(['load', 'print', 'close']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
