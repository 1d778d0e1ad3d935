// The command line's other commands (due, census, browser, rules, init, schema), beside program.ts, which
// holds the checks and the documents. Each maps its options onto its module in src/commands/, loaded only when
// it runs; the streams, folder and environment are execute()'s.
import { Option, type Command } from 'commander';
import type { Channel, CliIO } from '../io/streams.js';
import type { CommandResult } from './result.js';

/** Adds the commands to `program`; `common` adds the options every checking command takes. */
export function addToolCommands(
  program: Command,
  io: CliIO,
  err: Channel,
  emit: (r: CommandResult) => Promise<void>,
  common: (cmd: Command) => Command,
): void {
  common(program.command('due'))
    .description(
      'list every dated obligation overdue or due soon (reviews, objectives, end dates, part-time timetables, PEPs, staff checks, QA, agreements, LA notifications), soonest first; --format ics for a calendar',
    )
    .argument('[paths...]', 'files or folders of placement files (default: placements/)')
    .option('--within <days>', 'how far ahead to look, in days (default 28)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json', 'csv', 'ics'])
        .default('stylish'),
    )
    .option('-o, --output <file>', 'write the list to a file instead of the screen (needed for ics)')
    .action(async (paths: string[], opts) => {
      const { runDue } = await import('./due.js');
      await emit(
        await runDue(paths, {
          asOf: opts.asOf,
          configPath: opts.config,
          giasPath: opts.gias,
          within: opts.within,
          format: opts.format,
          output: opts.output,
          quiet: opts.quiet,
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });

  common(program.command('census'))
    .description(
      "the school census's AP placement module, one row per placement (CSV or JSON); with --compare, check a MIS export of AP placements against the placement files",
    )
    .argument('[paths...]', 'files or folders of placement files (default: placements/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option(
      '--since <date>',
      'include placements running at any time from this day (YYYY-MM-DD) to the as-of date: the census period (default: the as-of date alone)',
    )
    .option(
      '--compare <file>',
      "a CSV of AP placements exported from the school's MIS: list every difference (exit 1 when there is one)",
    )
    .option('-o, --output <file>', 'write to a file instead of the screen')
    .action(async (paths: string[], opts) => {
      const { runCensus } = await import('./census.js');
      const { text, exitCode } = await runCensus(paths.length ? paths : ['placements'], {
        asOf: opts.asOf,
        configPath: opts.config,
        giasPath: opts.gias,
        format: opts.format,
        since: opts.since,
        compare: opts.compare,
        output: opts.output,
        cwd: io.cwd,
        env: io.env,
      });
      await emit({ exitCode, stdout: text, stderr: '' });
    });

  const browser = program
    .command('browser')
    .description('the browser that prints PDFs: install one into your cache folder, or show which is used');
  browser
    .command('install')
    .description(
      "download Chrome's headless shell into your cache folder, for PDFs where no Chrome or Chromium is installed",
    )
    .action(async () => {
      const { runBrowserInstall } = await import('./browser.js');
      await emit(await runBrowserInstall({ env: io.env, progress: (line) => err.say(`${line}\n`) }));
    });
  browser
    .command('which')
    .description('print the browser a PDF would be printed with, and how it was found')
    .option('--chrome <path>', 'the Chrome or Chromium to use')
    .action(async (opts) => {
      const { runBrowserWhere } = await import('./browser.js');
      await emit(await runBrowserWhere(opts.chrome, io.env));
    });

  program
    .command('rules')
    .description("list the rules with default severity and source; --explain prints one rule's page")
    .option('--explain <rule>', 'print the page of one rule')
    .action(async (opts) => {
      const { runRules } = await import('./rules.js');
      await emit(runRules({ explain: opts.explain }));
    });

  program
    .command('init')
    .description(
      'start a placements folder: config, an example provider file, package.json pinning ap-ready, a CI workflow (GitHub or GitLab), editor settings, .gitignore (never overwrites a file)',
    )
    .argument('[dir]', 'the folder to set up (default: the current folder)', '.')
    .addOption(
      new Option('--ci <service>', 'the CI file to write').choices(['github', 'gitlab', 'none']).default('github'),
    )
    .action(async (dir: string, opts) => {
      const { runInit } = await import('./init.js');
      await emit(runInit(dir, { ci: opts.ci, cwd: io.cwd }));
    });

  program
    .command('schema')
    .description(
      'print the JSON Schema (draft 2020-12) of placement files, or with --config of the config file, or with --pupils of the pupil register',
    )
    .option('--config', 'the schema of ap-ready.config.yaml instead')
    .option('--pupils', 'the schema of the pupil register pupils.yaml instead')
    .action(async (opts) => {
      const { runSchemaCommand } = await import('./schema.js');
      await emit(runSchemaCommand({ config: opts.config === true, pupils: opts.pupils === true }));
    });
}
