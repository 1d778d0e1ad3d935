// Finding the browser in the order of stack.md, printing with no request leaving the page, and what
// happens without a browser. The printing tests launch a real Chromium; they fail (never skip) without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { UsageError } from '../../src/model/findings.js';
import { DEFAULT_CONFIG } from '../../src/model/config.js';
import { findBrowser, PdfPrinter, render } from '../../src/render/index.js';
import { pageCount, tidyOutline } from '../../src/render/printer/pdf-file.js';
import { cli, DATA_SETS, tempDir } from './support.js';

function fakeBrowser(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 1\n');
  chmodSync(path, 0o755);
  return path;
}

describe('finding the browser', () => {
  const dir = tempDir();
  const a = fakeBrowser(dir, 'a'),
    b = fakeBrowser(dir, 'b'),
    c = fakeBrowser(dir, 'c'),
    d = fakeBrowser(dir, 'd'),
    e = fakeBrowser(dir, 'e');
  const none = () => Promise.resolve(undefined);

  it('--chrome, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, then the browser ap-ready browser install fetched, then the system', async () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: b, CHROME_PATH: c };
    const download = () => Promise.resolve(d);
    expect(await findBrowser({ chrome: a, env, installedPath: download, candidates: [e] })).toEqual({
      path: a,
      from: '--chrome',
    });
    expect(await findBrowser({ env, installedPath: download, candidates: [e] })).toEqual({
      path: b,
      from: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect(await findBrowser({ env: { CHROME_PATH: c }, installedPath: download, candidates: [e] })).toEqual({
      path: c,
      from: 'CHROME_PATH',
    });
    expect(await findBrowser({ env: {}, installedPath: download, candidates: [e] })).toEqual({
      path: d,
      from: 'ap-ready browser install',
    });
    expect(
      await findBrowser({
        env: {},
        installedPath: () => Promise.resolve(join(dir, 'not-downloaded')),
        candidates: [join(dir, 'nope'), e],
      }),
    ).toEqual({ path: e, from: 'the system' });
  });

  it('a path named explicitly that does not exist is an error naming it, never a fall-back', async () => {
    const missing = join(dir, 'missing-chrome');
    await expect(
      findBrowser({ chrome: missing, env: { PUPPETEER_EXECUTABLE_PATH: b }, installedPath: none, candidates: [e] }),
    ).rejects.toThrow(new RegExp(`--chrome names ${missing}, but there is no such file`));
    await expect(
      findBrowser({
        env: { PUPPETEER_EXECUTABLE_PATH: missing, CHROME_PATH: c },
        installedPath: none,
        candidates: [e],
      }),
    ).rejects.toThrow(
      /PUPPETEER_EXECUTABLE_PATH names .*missing-chrome, but there is no such file.*unset PUPPETEER_EXECUTABLE_PATH/,
    );
    await expect(findBrowser({ env: { CHROME_PATH: missing }, installedPath: none, candidates: [e] })).rejects.toThrow(
      UsageError,
    );
    await expect(findBrowser({ chrome: dir, env: {}, installedPath: none, candidates: [] })).rejects.toThrow(
      /is a folder/,
    );
  });

  it('an empty variable counts as not set', async () => {
    expect(
      await findBrowser({
        env: { PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '  ' },
        installedPath: none,
        candidates: [e],
      }),
    ).toEqual({ path: e, from: 'the system' });
  });

  it('no browser anywhere: a usage error saying how to install one', async () => {
    const err = await findBrowser({ env: {}, installedPath: none, candidates: [join(dir, 'x'), join(dir, 'y')] }).catch(
      (x) => x,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/No Chrome or Chromium was found.*apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });

  it('a program that is not a browser: exit 2 naming it', async () => {
    const err = await PdfPrinter.open({ path: a, from: '--chrome' }).catch((x) => x);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toContain(`The browser ${a} (from --chrome) did not start`);
  }, 60_000);
});

describe("the printer's limits come from the run's environment, not the process's", () => {
  it('AP_READY_BROWSER_START_MS given to the command line in-process: a browser that never answers is given up at 1 s', async () => {
    const dir = tempDir();
    const silent = join(dir, 'silent-chrome');
    writeFileSync(silent, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(silent, 0o755);
    expect(process.env.AP_READY_BROWSER_START_MS).toBeUndefined();
    const started = performance.now();
    const [set] = DATA_SETS;
    const r = await cli(
      [
        'render',
        'findings',
        set.placements,
        '--config',
        set.config,
        '--as-of',
        set.asOf,
        '--chrome',
        silent,
        '-o',
        join(dir, 'f.pdf'),
      ],
      { AP_READY_BROWSER_START_MS: '1000' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did not start: it did not answer within 1 s/);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
});

describe('mending bookmark titles Chromium wrote twice', () => {
  const pdf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

  it('keeps every byte offset: the title is padded to its old length', () => {
    const before =
      '1 0 obj << /Title (Pupils attending each providerPupils attending each provider) /Parent 2 0 R >> endobj';
    const after = text(tidyOutline(pdf(before)));
    expect(after).toHaveLength(before.length);
    expect(after).toMatch(/\/Title \(Pupils attending each provider {30}\) \/Parent/);
  });

  it('mends UTF-16 titles too, and leaves the others alone', () => {
    const one = 'FEFF00C9006C00E9'; // "Élé"
    const before = `<< /Title <${one}${one.slice(4)}> >> << /Title (Summary) >> << /Title (Escaped \\(x\\)) >>`;
    const after = text(tidyOutline(pdf(before)));
    expect(after).toBe(`<< /Title <${one}002000200020> >> << /Title (Summary) >> << /Title (Escaped \\(x\\)) >>`);
    const untouched = pdf('<< /Title (Summary) >>');
    expect(tidyOutline(untouched)).toBe(untouched);
  });

  it('leaves a doubled title inside a longer string, an unclosed one and a title of odd length alone', () => {
    const before = '<< /Title (AbcAbc) /Title (Ab\\)cAb\\)c) /Title (XyzXyz >> /Title (abcab) /Title <FEFF0041> >>';
    expect(text(tidyOutline(pdf(before)))).toBe(
      '<< /Title (Abc   ) /Title (Ab\\)c     ) /Title (XyzXyz >> /Title (abcab) /Title <FEFF0041> >>',
    );
  });
});

describe('counting pages', () => {
  const count = (s: string) => pageCount(new Uint8Array(Buffer.from(s, 'latin1')));
  it.each([
    ['one page object', '<< /Type /Page /Parent 2 0 R >>', 1],
    ['no space, a line break', '<</Type/Page>> <</Type\n/Page\n>>', 2],
    [
      'the page tree and other names starting /Page are not pages',
      '<< /Type /Pages /Count 1 >> << /Type /PageLabel >> << /Page 3 >>',
      0,
    ],
    ['pages among structure elements', '<< /Type /StructElem /Pg 3 0 R >> << /Type /Page >> << /Type /Page >>', 2],
  ])('%s', (_, s, n) => {
    expect(count(s)).toBe(n);
  });
});

describe('the command without a browser', () => {
  const set = DATA_SETS[0];
  it('PUPPETEER_EXECUTABLE_PATH naming a missing file: exit 2, one line naming it, nothing written', async () => {
    const out = join(tempDir(), 'planning-call.pdf');
    const r = await cli(
      ['render', 'planning-call', set.placements, '--config', set.config, '--as-of', set.asOf, '-o', out],
      { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^ap-ready: PUPPETEER_EXECUTABLE_PATH names \/nonexistent\/chrome, but there is no such file\./,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  }, 30_000);

  it('--chrome naming a missing file: exit 2 naming it', async () => {
    const out = join(tempDir(), 'planning-call.pdf');
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      out,
      '--chrome',
      '/nonexistent/chromium',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--chrome names /nonexistent/chromium');
  }, 30_000);

  it('HTML needs no browser', async () => {
    const out = join(tempDir(), 'planning-call.html');
    const r = await cli(
      ['render', 'planning-call', set.placements, '--config', set.config, '--as-of', set.asOf, '-o', out],
      { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' },
    );
    expect(r.status).toBe(0);
  }, 30_000);
});

describe('no request leaves the page', () => {
  let server: Server;
  let hits: string[];
  let base: string;
  let printer: PdfPrinter;

  beforeAll(async () => {
    hits = [];
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    printer = await PdfPrinter.open(await findBrowser());
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  function evilPlacements(): string {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'evil.yaml'),
      [
        'provider:',
        `  name: "<script>fetch('${base}/script')</script>Evil Centre"`,
        `  address: { line1: "<img src=${base}/img.png>", town: "<link rel=stylesheet href=${base}/style.css>", postcode: LS1 1AA }`,
        '  registration: { status: unregistered, type: tuition }',
        'placements:',
        `  - { pupil: P-0001, start_date: 2026-01-05, send: none, looked_after: false, hours_per_week: 5, reason: "<iframe src=${base}/frame></iframe>" }`,
      ].join('\n'),
    );
    return dir;
  }

  it('YAML values with <script>, <img src=http://…> and the like are escaped, and the page asks for nothing', async () => {
    const dir = evilPlacements();
    for (const document of ['planning-call', 'provider-qa', 'placement-records', 'findings'] as const) {
      const r = await render(document, [dir], {
        asOf: '2026-03-02',
        format: 'pdf',
        config: DEFAULT_CONFIG,
        cwd: dir,
        printer,
      });
      if (r.status !== 'rendered') throw new Error('refused');
      expect(r.html).toContain(`&lt;script&gt;fetch(&#x27;${base}/script&#x27;)&lt;/script&gt;Evil Centre`);
      expect(r.html).not.toMatch(/<(script|img|link|iframe)\b/i);
      expect(r.blockedRequests).toEqual([]);
      expect(pageCount(r.content as Uint8Array)).toBeGreaterThan(0);
    }
    expect(hits).toEqual([]);
  }, 60_000);

  it('a school template that links to the network is blocked and counted, and still nothing leaves', async () => {
    const dir = evilPlacements();
    const templates = join(dir, 'tpl');
    mkdirSync(templates);
    writeFileSync(
      join(templates, 'footer.hbs'),
      `<footer><img src="${base}/logo.png" alt="logo"><link rel="stylesheet" href="${base}/extra.css"></footer>`,
    );
    const r = await render('planning-call', [join(dir, 'evil.yaml')], {
      asOf: '2026-03-02',
      format: 'pdf',
      config: { ...DEFAULT_CONFIG, templates },
      cwd: dir,
      printer,
    });
    if (r.status !== 'rendered') throw new Error('refused');
    expect(r.blockedRequests.sort()).toEqual([`${base}/extra.css`, `${base}/logo.png`]);
    expect(r.warnings.join(' ')).toMatch(/tried to load 2 things from outside .*blocked them/);
    expect(hits).toEqual([]);
  }, 60_000);
});
