#!/usr/bin/env node
// commander wiring only: options → a call into a command module → exit code. Each command's modules
// load only when it runs, so `--help` starts fast.
import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './model/findings.js';
import { printable } from './report/escape.js';

const program = new Command('ap-ready');

function common(cmd: Command): Command {
  return cmd
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD); default today')
    .option('--config <file>', 'config file (default: ap-ready.config.yaml found upward from the first path, then the current folder)')
    .option('--gias <file>', 'GIAS all-establishments CSV extract, to verify URNs')
    .option('--quiet', 'report errors only')
    .option('--color', 'colours even when the output is not a terminal')
    .option('--no-color', 'no colours in the output')
    .option('--debug', 'show stack traces for unexpected errors');
}

/**
 * Text for stderr with every control character shown as a visible escape except the line breaks between its
 * lines: a message may quote a config file's text (a school's name, a path), which could hold ESC, CR or
 * an OSC-8 link that would repaint the terminal.
 */
function safeLines(text: string): string {
  return text.split('\n').map((line) => printable(line)).join('\n');
}

function out(text: string): Promise<void> {
  return new Promise((resolve) => (text ? process.stdout.write(text, () => resolve()) : resolve()));
}

/** A report in chunks: each written once the last has gone (a reader that has gone away ends the run: EPIPE below). */
async function outChunks(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve())); // once all the above is flushed
}

const debug = process.argv.includes('--debug');
// --debug also says how long each phase of a document took (check, html, launch, load, print).
if (debug) (await import('./render/phases.js')).reportPhasesTo((phase, ms) => process.stderr.write(`ap-ready: ${phase} took ${Math.round(ms)} ms\n`));

// `ap-ready check | head -1`: the reader has gone, so there is nobody left to tell. End quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw e;
});
(await import('./io/cancel.js')).installCancelHandlers();

program
  .description('Keep the evidence for pupils in off-site Alternative Provision ready for an Ofsted planning call.')
  .version((await import('./version.js')).VERSION, '-v, --version')
  .showHelpAfterError('(run ap-ready --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(safeLines(s.startsWith('error: ') ? `ap-ready: ${s.slice(7)}` : s)) });

common(program.command('check'))
  .description('lint placement files (default path: placements/); - reads one file from standard input')
  .argument('[paths...]', 'files, folders or quoted globs ("placements/**/*.yaml") of placement files, or - for standard input')
  .addOption(new Option('-f, --format <format>', 'output format: stylish, json, json-with-metadata, sarif, github, junit or gitlab, or a formatter module (a path, or a package such as an ESLint formatter)').default('stylish'))
  .option('-o, --output-file <file>', 'write the report to a file instead of the screen (missing folders are made)')
  .addOption(new Option('--output <file>', 'the same as --output-file').hideHelp())
  .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings; -1 for no limit')
  .option('--stdin-filename <name>', 'the file name to check standard input as (with -)')
  .option('--ignore-pattern <pattern>', 'leave out files matching this pattern (as in .gitignore; repeatable)', (v: string, all: string[] = []) => [...all, v])
  .option('--cache', 'remember the report, and print it again without checking when no input has changed (for editors and pre-commit hooks)')
  .option('--cache-location <path>', 'with --cache: the cache file, or a folder for it (default: node_modules/.cache/ap-ready/, or .ap-ready-cache without node_modules)')
  .action(async (paths: string[], opts) => {
    const { useColor } = await import('./report/color.js');
    const color = useColor(opts.color);
    const { config: configPath, gias: giasPath, outputFile, output, cache, cacheLocation, ...rest } = opts;
    const stdinAt = paths.indexOf('-');
    const stdin = stdinAt >= 0 ? await (await import('./load/stdin.js')).readStdin() : undefined;
    if (stdinAt >= 0) paths.splice(stdinAt, 1);
    const options = { ...rest, output: outputFile ?? output, configPath, giasPath, color, stdin, ignorePatterns: opts.ignorePattern };
    // Standard input is never cached: it is checked afresh each time (as ESLint does).
    const { text, chunks, exitCode, notice } = cache === true && !stdin
      ? await (await import('./commands/check-cache.js')).runCheckCached(paths, { ...options, cacheLocation, stream: true })
      : await (await import('./commands/check.js')).runCheck(paths, { ...options, stream: true });
    process.exitCode = exitCode; // set first: a reader that goes away (EPIPE) ends the run with it
    if (chunks) await outChunks(chunks);
    else await out(text);
    if (notice) process.stderr.write(`${safeLines(notice)}\n`);
  });

common(program.command('render'))
  .description('make a document from the placement files: planning-call, provider-qa, placement-records, attendance, whereabouts, findings, pupil (a case pack: pupil REF, or --all) or governors (or area-overview from an area.yaml), as PDF or HTML')
  .argument('<document>', 'planning-call, provider-qa, placement-records, attendance, whereabouts, findings, pupil, governors, or area-overview')
  .argument('[paths...]', 'files or folders of placement files (default: placements/); for pupil, the pupil\'s reference first')
  .option('--all', 'pupil: every pupil\'s case pack in one document, a bookmark each')
  .option('--term <term>', 'governors: the term to report on, such as autumn-2026 (default: the term of --as-of)')
  .option('-o, --output <file>', 'the file to write: name.pdf or name.html')
  .addOption(new Option('-f, --format <format>', 'pdf or html (default: from the output file\'s name)').choices(['pdf', 'html']))
  .option('--chrome <path>', 'the Chrome or Chromium to print PDFs with (default: found automatically)')
  .option('--exact-counts', 'area-overview: print counts below the small-count threshold exactly (internal use only)')
  .option('--include-notes', 'print review notes in the placement records (left out by default: they are free text about a pupil)')
  .option('--include-findings', 'put the checks\' errors and warnings in the planning call, provider QA, placement records, attendance and whereabouts (left out by default)')
  .action(async (document: string, paths: string[], opts) => {
    // A PDF: Chromium is started before anything else is loaded, so its start-up overlaps all of ap-ready's
    // own work. A guess from the options: if it is wrong the browser is closed unused, or started later.
    const pdf = opts.format === 'pdf' || (opts.format === undefined && typeof opts.output === 'string' && /\.pdf$/i.test(opts.output));
    const early = pdf ? await (await import('./render/early.js')).openEarly({ chrome: opts.chrome }) : undefined;
    try {
      const { runRender } = await import('./commands/render.js');
      const { stdout, stderr, exitCode } = await runRender(document, paths, { ...opts, configPath: opts.config, giasPath: opts.gias, early });
      if (stderr) process.stderr.write(safeLines(stderr));
      await out(stdout);
      process.exitCode = exitCode;
    } finally {
      await early?.close();
    }
  });

common(program.command('area'))
  .description('check every school of an area (LA or trust) listed in area.yaml, and the area as a whole')
  .argument('<area-file>', 'the area file (area.yaml) listing the schools\' placement repos')
  .addOption(new Option('-f, --format <format>', 'output format: stylish, json, json-with-metadata, sarif, github, junit or gitlab, or a formatter module (a path, or a package such as an ESLint formatter)').default('stylish'))
  .option('-o, --output <file>', 'write the report to a file instead of the screen')
  .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
  .addOption(new Option('--tables <format>', 'print the area overview\'s tables (no pupil reference) instead of the findings').choices(['json', 'csv']))
  .action(async (areaFile: string, opts) => {
    const { runArea } = await import('./commands/area.js');
    const { useColor } = await import('./report/color.js');
    const color = useColor(opts.color);
    const { text, exitCode, notice } = await runArea(areaFile, { asOf: opts.asOf, format: opts.format, output: opts.output, maxWarnings: opts.maxWarnings, quiet: opts.quiet, color, configPath: opts.config, giasPath: opts.gias, tables: opts.tables });
    await out(text);
    if (notice) process.stderr.write(`${safeLines(notice)}\n`);
    process.exitCode = exitCode;
  });

common(program.command('due'))
  .description('list every dated obligation overdue or due soon (reviews, objectives, end dates, part-time timetables, PEPs, staff checks, QA, agreements, LA notifications), soonest first; --format ics for a calendar')
  .argument('[paths...]', 'files or folders of placement files (default: placements/)')
  .option('--within <days>', 'how far ahead to look, in days (default 28)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'csv', 'ics']).default('stylish'))
  .option('-o, --output <file>', 'write the list to a file instead of the screen (needed for ics)')
  .action(async (paths: string[], opts) => {
    const { runDue } = await import('./commands/due.js');
    const { text, stderr, exitCode } = await runDue(paths, { asOf: opts.asOf, configPath: opts.config, giasPath: opts.gias, within: opts.within, format: opts.format, output: opts.output, quiet: opts.quiet });
    if (stderr) process.stderr.write(stderr);
    await out(text);
    process.exitCode = exitCode;
  });

common(program.command('census'))
  .description("the school census's AP placement module, one row per placement (CSV or JSON); with --compare, check a MIS export of AP placements against the placement files")
  .argument('[paths...]', 'files or folders of placement files (default: placements/)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json']).default('csv'))
  .option('--since <date>', 'include placements running at any time from this day (YYYY-MM-DD) to the as-of date: the census period (default: the as-of date alone)')
  .option('--compare <file>', "a CSV of AP placements exported from the school's MIS: list every difference (exit 1 when there is one)")
  .option('-o, --output <file>', 'write to a file instead of the screen')
  .action(async (paths: string[], opts) => {
    const { runCensus } = await import('./commands/census.js');
    const { text, exitCode } = await runCensus(paths.length ? paths : ['placements'], { asOf: opts.asOf, configPath: opts.config, giasPath: opts.gias, format: opts.format, since: opts.since, compare: opts.compare, output: opts.output });
    await out(text);
    process.exitCode = exitCode;
  });

const browser = program.command('browser').description('the browser that prints PDFs: install one into your cache folder, or show which is used');
browser.command('install')
  .description('download Chrome\'s headless shell into your cache folder, for PDFs where no Chrome or Chromium is installed')
  .action(async () => {
    const { runBrowserInstall } = await import('./commands/browser.js');
    // A download given up may leave a connection open that nobody answers: the process ends once it has said so.
    exitWhenDone = true;
    const { text } = await runBrowserInstall({ progress: (line) => process.stderr.write(`${safeLines(line)}\n`) });
    await out(text);
  });
browser.command('which')
  .description('print the browser a PDF would be printed with, and how it was found')
  .option('--chrome <path>', 'the Chrome or Chromium to use')
  .action(async (opts) => {
    const { runBrowserWhere } = await import('./commands/browser.js');
    await out(await runBrowserWhere(opts.chrome));
  });

program.command('rules')
  .description('list the rules with default severity and source; --explain prints one rule\'s page')
  .option('--explain <rule>', 'print the page of one rule')
  .action(async (opts) => {
    const { listRules, explainRule } = await import('./commands/rules.js');
    await out(opts.explain ? explainRule(opts.explain) : listRules());
  });

program.command('init')
  .description('start a placements folder: config, an example provider file, package.json pinning ap-ready, a CI workflow (GitHub or GitLab), editor settings, .gitignore (never overwrites a file)')
  .argument('[dir]', 'the folder to set up (default: the current folder)', '.')
  .addOption(new Option('--ci <service>', 'the CI file to write').choices(['github', 'gitlab', 'none']).default('github'))
  .action(async (dir: string, opts) => {
    const { runInit } = await import('./commands/init.js');
    const { text, exitCode } = runInit(dir, { ci: opts.ci });
    await out(text);
    process.exitCode = exitCode;
  });

program.command('schema')
  .description('print the JSON Schema (draft 2020-12) of placement files, or with --config of the config file, or with --pupils of the pupil register')
  .option('--config', 'the schema of ap-ready.config.yaml instead')
  .option('--pupils', 'the schema of the pupil register pupils.yaml instead')
  .action(async (opts) => {
    const { runSchema } = await import('./commands/schema.js');
    if (opts.config === true && opts.pupils === true) throw new (await import('./model/findings.js')).UsageError('schema: give --config or --pupils, not both.');
    await out(runSchema({ config: opts.config === true, pupils: opts.pupils === true }));
  });

/** The command-line flag of each library option an error may name. */
const OPTION_FLAGS: Record<string, string> = { asOf: '--as-of', output: '--output', configPath: '--config', giasPath: '--gias', within: '--within', format: '--format' };

let exitWhenDone = false;
try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = await handleError(e);
}
if (exitWhenDone) process.exit();

async function handleError(e: unknown): Promise<number> {
  if (e instanceof CommanderError) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? ExitCode.Ok : ExitCode.CouldNotRun;
  }
  const { UsageError } = await import('./model/findings.js');
  if (e instanceof UsageError) {
    // The library names its options (asOf); a person typed a flag (--as-of).
    const flag = e.option ? OPTION_FLAGS[e.option] : undefined;
    const message = flag ? e.message.replace(new RegExp(`(^|\\s)${e.option}(?=[\\s."])`, 'g'), `$1${flag}`) : e.message;
    process.stderr.write(`ap-ready: ${safeLines(message)}\n`);
    return ExitCode.CouldNotRun;
  }
  if (debug) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  else process.stderr.write(`ap-ready: something unexpected went wrong: ${safeLines(String((e as Error)?.message ?? e))}. Run again with --debug for details, and report it.\n`);
  return ExitCode.CouldNotRun;
}
