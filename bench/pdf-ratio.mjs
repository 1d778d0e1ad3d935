#!/usr/bin/env node
// `npm run bench:pdf`: the two long documents against Chromium's own print of the same HTML (issue 25).
//
//   - the planning call of 300 providers (bench/generate.mjs: 300 files × 10 placements, 400-odd pages);
//   - the area overview of 300 schools × 20 files (200-odd landscape pages).
//
// "ours" is the whole command a user runs, `ap-ready render … -o X.pdf` (Node, the check, the HTML, Chromium's
// start, the tagged and bookmarked print, writing the file). "chromium" is Chromium's own command-line print of
// the HTML ap-ready printed (taken from the library's render(), which returns it), untagged, no bookmarks and no
// running header or footer: `chromium --headless --disable-pdf-tagging --no-pdf-header-footer --print-to-pdf`,
// with ap-ready's launch flags and its fonts (render/printer/local-fonts.ts), so both lay out the same pages with
// the same faces. The two run in pairs, one straight after the other, alternating which goes first; each pair's
// ratio of wall time and of CPU time (the whole process tree, bench/tree-cpu.mjs) is taken, and the medians
// printed. A busy machine slows both halves of a pair alike. `--pairs=N` (default 3), `--docs=planning-call`,
// `--gate=1.5` (exit 1 when a median wall ratio is above it).
// Like bench/ratio.mjs it then compares each wall ratio with the figure stored in bench/README.md (the line
// starting `<!-- pdf-ratios:`) and exits 1 if one is more than 20 % worse; `--write` stores the figures just
// measured there instead. `npm run bench` runs this after bench/ratio.mjs.
// `--tagged` adds a third run to each pair, in rotation: Chromium's own print of the same HTML with its tags and
// bookmarks (no `--disable-pdf-tagging`, `--generate-pdf-document-outline`), everything else the same. Its ratio to
// the untagged print is what tagging and bookmarks cost Chromium itself: the least any tagged document can take.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AS_OF, generateRepo } from './generate.mjs';
import { watchTreeCpu } from './tree-cpu.mjs';
import { readStored, TOLERANCE, writeStored } from './stored-figures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PAIRS = Number(arg('pairs') ?? 3);
const DOCS = (arg('docs') ?? 'planning-call,area-overview').split(',');
const GATE = arg('gate') === undefined ? undefined : Number(arg('gate'));
const TAGGED = process.argv.includes('--tagged');
const WRITE = process.argv.includes('--write');
if (DOCS.some((d) => !['planning-call', 'area-overview'].includes(d))) {
  console.error('bench: --docs= takes planning-call and area-overview, separated by commas.');
  process.exit(2);
}

if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing: run `npm run build` first (`npm run bench:pdf` builds).');
  process.exit(2);
}
const lib = (p) => import(pathToFileURL(join(DIST, p)).href);
const { render, findBrowser } = await lib('index.js');
const { renderAreaOverview } = await lib('render/area.js');
const { LAUNCH_ARGS } = await lib('render/printer/launch-args.js');
const { localFontEnv } = await lib('render/printer/local-fonts.js');
const { pageCount } = await lib('render/printer/pdf-file.js');
const browser = await findBrowser().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(2);
});

const work = mkdtempSync(join(tmpdir(), 'ap-ready-pdf-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true, maxRetries: 3 }));
process.on('SIGINT', () => process.exit(130));

// The documents: their files, the command that prints each, and the HTML that command prints.
const capture = {
  choice: browser,
  print: async (html) => ((capture.html = html), { pdf: new Uint8Array(), blockedRequests: [] }),
};
const now = new Date(`${AS_OF}T09:00:00Z`);
const docs = [];
if (DOCS.includes('planning-call')) {
  const dir = join(work, 'planning-call');
  generateRepo(dir, 300, 10);
  await render('planning-call', [join(dir, 'placements')], {
    format: 'pdf',
    printer: capture,
    asOf: AS_OF,
    now,
    cwd: dir,
  });
  docs.push({
    id: 'planning-call',
    name: 'planning call, 300 providers',
    html: capture.html,
    args: ['render', 'planning-call', join(dir, 'placements'), '--as-of', AS_OF],
  });
}
if (DOCS.includes('area-overview')) {
  const dir = join(work, 'area');
  const lines = ['area: { name: Benchmark Council, la_code: 999 }', 'home_postcode_areas: [LS, WF]', 'schools:'];
  for (let s = 0; s < 300; s++) {
    const school = join(dir, `school-${s}`);
    generateRepo(school, 20, 10, 1000 + s);
    const config = join(school, 'ap-ready.config.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace('urn: 999001', `urn: ${900000 + s}`)
        .replace('Benchmark Academy', `Benchmark School ${s + 1}`),
    );
    lines.push(`  - path: school-${s}`);
  }
  writeFileSync(join(dir, 'area.yaml'), `${lines.join('\n')}\n`);
  await renderAreaOverview(join(dir, 'area.yaml'), { format: 'pdf', printer: capture, asOf: AS_OF, now, cwd: dir });
  docs.push({
    id: 'area-overview',
    name: 'area overview, 300 schools × 20 files',
    html: capture.html,
    args: ['render', 'area-overview', join(dir, 'area.yaml'), '--as-of', AS_OF],
  });
}

/** One whole process tree: wall and CPU seconds. */
function run(command, args, env) {
  return new Promise((resolveRun, reject) => {
    const t = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const cpu = watchTreeCpu(child.pid);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const wall = (performance.now() - t) / 1000;
      const seconds = cpu.stop();
      if (code !== 0 && code !== 1)
        reject(new Error(`${command} ${args.join(' ')}: exit ${code}: ${err.split('\n')[0]}`));
      else resolveRun({ wall, cpu: seconds, stderr: err });
    });
  });
}

function ours(doc, i) {
  const out = join(work, `ours-${i}.pdf`);
  return run(process.execPath, [CLI, ...doc.args, '-o', out, '--debug'], { ...process.env, NO_COLOR: '1' }).then(
    (r) => ({
      ...r,
      out,
      // Chromium's own part of the command: loading the page and printing it (--debug's phases), in seconds.
      printing: [...r.stderr.matchAll(/^ap-ready: (?:load|print) took (\d+) ms$/gm)].reduce(
        (t, m) => t + Number(m[1]) / 1000,
        0,
      ),
    }),
  );
}

function chromium(doc, i, tags = false) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const html = join(work, `chromium-${i}.html`);
  writeFileSync(html, doc.html);
  const out = join(work, `chromium-${tags ? 'tagged-' : ''}${i}.pdf`);
  const env = { ...process.env, ...(localFontEnv(profile) ?? {}) };
  const args = [
    '--headless',
    ...LAUNCH_ARGS,
    `--user-data-dir=${profile}`,
    ...(tags ? ['--generate-pdf-document-outline'] : ['--disable-pdf-tagging']),
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    pathToFileURL(html).href,
  ];
  return run(browser.path, args, env).then((r) => ({ ...r, out }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pages = (file) => pageCount(new Uint8Array(readFileSync(file)));
const tagged = (file) => /\/StructTreeRoot/.test(readFileSync(file, 'latin1'));

console.log(
  `PDF bench: ${browser.path}; ${PAIRS} pairs a document; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const rows = [];
for (const [d, doc] of docs.entries()) {
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    // Each kind of run takes its turn to go first.
    const kinds = TAGGED ? ['o', 'c', 't'] : ['o', 'c'];
    const turn = (i + d) % kinds.length;
    const got = {};
    for (const k of [...kinds.slice(turn), ...kinds.slice(0, turn)])
      got[k] = k === 'o' ? await ours(doc, i) : await chromium(doc, i, k === 't');
    const { o, c, t } = got;
    pairs.push({ o, c, t });
    console.log(
      `  ${doc.name}, pair ${i + 1}: ours ${o.wall.toFixed(2)} s (CPU ${o.cpu.toFixed(2)} s; load + print ${o.printing.toFixed(2)} s), chromium ${c.wall.toFixed(2)} s (CPU ${c.cpu.toFixed(2)} s)${t ? `, chromium tagged ${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)` : ''}; load ${loadavg()[0].toFixed(1)}`,
    );
  }
  const last = pairs[pairs.length - 1];
  rows.push({
    id: doc.id,
    name: doc.name,
    pages: pages(last.o.out),
    chromiumPages: pages(last.c.out),
    tagged: tagged(last.o.out),
    ours: median(pairs.map((p) => p.o.wall)),
    chromium: median(pairs.map((p) => p.c.wall)),
    wallRatio: median(pairs.map((p) => p.o.wall / p.c.wall)),
    printing: median(pairs.map((p) => p.o.printing)),
    printingRatio: median(pairs.map((p) => p.o.printing / p.c.wall)),
    oursCpu: median(pairs.map((p) => p.o.cpu)),
    chromiumCpu: median(pairs.map((p) => p.c.cpu)),
    cpuRatio: median(pairs.map((p) => p.o.cpu / p.c.cpu)),
    ...(TAGGED && {
      taggedPages: pages(last.t.out),
      taggedIsTagged: tagged(last.t.out),
      chromiumTagged: median(pairs.map((p) => p.t.wall)),
      taggedRatio: median(pairs.map((p) => p.t.wall / p.c.wall)),
      oursToTagged: median(pairs.map((p) => p.o.wall / p.t.wall)),
    }),
  });
}

const f = (x) => x.toFixed(2);
console.log(
  "\n| document | pages (chromium's) | tagged | ours wall s | chromium wall s | wall ratio | ours CPU s | chromium CPU s | CPU ratio | ours load + print s | its ratio |",
);
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.pages} (${r.chromiumPages}) | ${r.tagged ? 'yes' : 'NO'} | ${f(r.ours)} | ${f(r.chromium)} | **${f(r.wallRatio)}** | ${f(r.oursCpu)} | ${f(r.chromiumCpu)} | ${f(r.cpuRatio)} | ${f(r.printing)} | ${f(r.printingRatio)} |`,
  );
if (TAGGED) {
  console.log(
    '\n| document | Chromium tagged + bookmarked: pages, tagged | its wall s | ÷ Chromium untagged | ours ÷ it |',
  );
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.taggedPages}, ${r.taggedIsTagged ? 'yes' : 'NO'} | ${f(r.chromiumTagged)} | **${f(r.taggedRatio)}** | ${f(r.oursToTagged)} |`,
    );
}
console.log(
  `\nMedians of ${PAIRS} pairs; load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}.`,
);
if (GATE !== undefined && rows.some((r) => r.wallRatio > GATE)) {
  console.error(`bench: a wall ratio is above ${GATE}.`);
  process.exit(1);
}

// The regression gate: each document's wall ratio against the figure stored in bench/README.md.
const stored = readStored('pdf-ratios');
if (WRITE) {
  const figures = { ...stored };
  for (const r of rows)
    figures[r.id] = { wall: Number(f(r.wallRatio)), cpu: Number(f(r.cpuRatio)), printing: Number(f(r.printingRatio)) };
  writeStored('pdf-ratios', figures);
  console.log('Stored these figures in bench/README.md.');
  process.exit(0);
}
let regressed = false;
for (const r of rows) {
  const s = stored[r.id];
  if (!s) {
    console.log(`${r.name}: no stored figure to compare with.`);
    continue;
  }
  const worse = r.wallRatio > s.wall * TOLERANCE;
  regressed ||= worse;
  console.log(
    `${r.name}: wall ratio ${f(r.wallRatio)} against ${f(s.wall)} stored: ${worse ? 'REGRESSED (more than 20 % worse)' : 'ok'}`,
  );
}
process.exit(regressed ? 1 : 0);
