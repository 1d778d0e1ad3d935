// --debug says how long each phase of a PDF took: the reporter sees each phase once, also when it fails,
// and the command line prints check, html, launch, load, print and close for a real PDF; a run without
// --debug, even beside one with it, says nothing (the reporter is the run's, not a module's).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from '../../src/render/phases.js';
import { runCli } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('timed', () => {
  it('reports each phase with its time, and passes the result through', async () => {
    const seen: [string, number][] = [];
    const report = (phase: string, ms: number) => seen.push([phase, ms]);
    expect(
      await timed(
        'load',
        async () => {
          await new Promise((r) => setTimeout(r, 20));
          return 7;
        },
        report,
      ),
    ).toBe(7);
    await expect(
      timed(
        'print',
        () => {
          throw new Error('broken');
        },
        report,
      ),
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
      const cwd = join(ROOT, 'examples');
      // Beside it, at the same time, an HTML render with --debug and one without.
      const [r, html, quiet] = await Promise.all([
        runCli(
          ['render', 'planning-call', 'placements', '-o', join(dir, 'p.pdf'), '--as-of', '2026-11-16', '--debug'],
          {
            cwd,
          },
        ),
        runCli(
          ['render', 'planning-call', 'placements', '-o', join(dir, 'd.html'), '--as-of', '2026-11-16', '--debug'],
          {
            cwd,
          },
        ),
        runCli(['render', 'planning-call', 'placements', '-o', join(dir, 'q.html'), '--as-of', '2026-11-16'], { cwd }),
      ]);
      expect([html.status, quiet.status]).toEqual([0, 0]);
      expect([...html.stderr.matchAll(/^ap-ready: (.+) took \d+ ms$/gm)].map((m) => m[1])).toEqual(['check', 'html']);
      expect(quiet.stderr).not.toMatch(/took/);
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
