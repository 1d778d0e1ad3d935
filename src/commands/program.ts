// The command line's commands and options (commander): each command's options mapped onto its module in
// src/commands/, which loads only when the command runs (so `--help` starts fast), its result handed to
// `emit`. The streams, folder and environment are execute()'s (src/execute.ts): nothing here reads the process's.
import { Command, Option } from 'commander';
import type { Channel, CliIO } from '../io/streams.js';
import type { CommandResult } from './result.js';
import type { PhaseReporter } from '../render/phases.js';
import { addToolCommands } from './program-tools.js';

function common(cmd: Command): Command {
  return cmd
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD); default today')
    .option(
      '--config <file>',
      'config file (default: ap-ready.config.yaml found upward from the first path, then the current folder)',
    )
    .option('--gias <file>', 'GIAS all-establishments CSV extract, to verify URNs')
    .option('--quiet', 'report errors only')
    .option('--color', 'colours even when the output is not a terminal')
    .option('--no-color', 'no colours in the output')
    .option('--debug', 'show stack traces for unexpected errors');
}

/**
 * The program for one run of the command line, writing through `out`, `err` and `emit`; with --debug, `phases`
 * hears how long each phase of a document took.
 */
export async function makeProgram(
  io: CliIO,
  out: Channel,
  err: Channel,
  emit: (r: CommandResult) => Promise<void>,
  phases?: PhaseReporter,
): Promise<Command> {
  const program = new Command('ap-ready');
  const color = async (flag: boolean | undefined) =>
    (await import('../report/color.js')).useColor(flag, io.env, io.stdout.isTTY === true);
  program
    .description('Keep the evidence for pupils in off-site Alternative Provision ready for an Ofsted planning call.')
    .version((await import('../version.js')).VERSION, '-v, --version')
    .showHelpAfterError('(run ap-ready --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.say(s),
      writeErr: (s) => err.say(s.startsWith('error: ') ? `ap-ready: ${s.slice(7)}` : s),
      getOutHelpWidth: () => (io.stdout.isTTY ? (io.stdout.columns ?? 80) : 80),
      getErrHelpWidth: () => (io.stderr.isTTY ? (io.stderr.columns ?? 80) : 80),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });

  common(program.command('check'))
    .description('lint placement files (default path: placements/); - reads one file from standard input')
    .argument(
      '[paths...]',
      'files, folders or quoted globs ("placements/**/*.yaml") of placement files, or - for standard input',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format: stylish, json, json-with-metadata, sarif, github, junit or gitlab, or a formatter module (a path, or a package such as an ESLint formatter)',
      ).default('stylish'),
    )
    .option('-o, --output-file <file>', 'write the report to a file instead of the screen (missing folders are made)')
    .addOption(new Option('--output <file>', 'the same as --output-file').hideHelp())
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings; -1 for no limit')
    .option('--stdin-filename <name>', 'the file name to check standard input as (with -)')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files matching this pattern (as in .gitignore; repeatable)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--cache',
      'remember the report, and print it again without checking when no input has changed (for editors and pre-commit hooks)',
    )
    .option(
      '--cache-location <path>',
      'with --cache: the cache file, or a folder for it (default: node_modules/.cache/ap-ready/, or .ap-ready-cache without node_modules)',
    )
    .action(async (paths: string[], opts) => {
      const { config: configPath, gias: giasPath, outputFile, output, cache, cacheLocation, ...rest } = opts;
      const stdinAt = paths.indexOf('-');
      const stdin = stdinAt >= 0 ? await (await import('../load/stdin.js')).readStdin(io.stdin) : undefined;
      if (stdinAt >= 0) paths.splice(stdinAt, 1);
      const options = {
        ...rest,
        output: outputFile ?? output,
        configPath,
        giasPath,
        color: await color(opts.color),
        stdin,
        ignorePatterns: opts.ignorePattern,
        cwd: io.cwd,
        env: io.env,
        stream: true,
      };
      // Standard input is never cached: it is checked afresh each time (as ESLint does).
      await emit(
        cache === true && !stdin
          ? await (await import('./check-cache.js')).runCheckCached(paths, { ...options, cacheLocation })
          : await (await import('./check.js')).runCheck(paths, options),
      );
    });

  common(program.command('render'))
    .description(
      'make a document from the placement files: planning-call, provider-qa, placement-records, attendance, whereabouts, findings, pupil (a case pack: pupil REF, or --all) or governors (or area-overview from an area.yaml), as PDF or HTML',
    )
    .argument(
      '<document>',
      'planning-call, provider-qa, placement-records, attendance, whereabouts, findings, pupil, governors, or area-overview',
    )
    .argument(
      '[paths...]',
      "files or folders of placement files (default: placements/); for pupil, the pupil's reference first",
    )
    .option('--all', "pupil: every pupil's case pack in one document, a bookmark each")
    .option('--term <term>', 'governors: the term to report on, such as autumn-2026 (default: the term of --as-of)')
    .option('-o, --output <file>', 'the file to write: name.pdf or name.html')
    .addOption(
      new Option('-f, --format <format>', "pdf or html (default: from the output file's name)").choices([
        'pdf',
        'html',
      ]),
    )
    .option('--chrome <path>', 'the Chrome or Chromium to print PDFs with (default: found automatically)')
    .option('--exact-counts', 'area-overview: print counts below the small-count threshold exactly (internal use only)')
    .option(
      '--include-notes',
      'print review notes in the placement records (left out by default: they are free text about a pupil)',
    )
    .option(
      '--include-findings',
      "put the checks' errors and warnings in the planning call, provider QA, placement records, attendance and whereabouts (left out by default)",
    )
    .action(async (document: string, paths: string[], opts) => {
      // A PDF: the command opens one printer session before anything else is loaded, so Chromium's start-up
      // overlaps all of ap-ready's own work, and hands it down. A guess from the options (--format, else the
      // output's name, as render decides): if the document is refused or the guess is wrong, it closes unused.
      const pdf =
        opts.format === 'pdf' ||
        (opts.format === undefined && typeof opts.output === 'string' && /\.pdf$/i.test(opts.output));
      const session = pdf
        ? await (
            await import('../render/printer/session.js')
          ).openPrinterSession({ chrome: opts.chrome, env: io.env, phases })
        : undefined;
      try {
        const { runRender } = await import('./render.js');
        await emit(
          await runRender(document, paths, {
            output: opts.output,
            format: opts.format,
            chrome: opts.chrome,
            all: opts.all,
            term: opts.term,
            exactCounts: opts.exactCounts,
            includeFindings: opts.includeFindings,
            includeNotes: opts.includeNotes,
            quiet: opts.quiet,
            asOf: opts.asOf,
            configPath: opts.config,
            giasPath: opts.gias,
            cwd: io.cwd,
            env: io.env,
            session,
            phases,
          }),
        );
      } finally {
        await session?.close();
      }
    });

  common(program.command('area'))
    .description('check every school of an area (LA or trust) listed in area.yaml, and the area as a whole')
    .argument('<area-file>', "the area file (area.yaml) listing the schools' placement repos")
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format: stylish, json, json-with-metadata, sarif, github, junit or gitlab, or a formatter module (a path, or a package such as an ESLint formatter)',
      ).default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of the screen')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
    .addOption(
      new Option(
        '--tables <format>',
        "print the area overview's tables (no pupil reference) instead of the findings",
      ).choices(['json', 'csv']),
    )
    .action(async (areaFile: string, opts) => {
      const { runArea } = await import('./area.js');
      await emit(
        await runArea(areaFile, {
          asOf: opts.asOf,
          format: opts.format,
          output: opts.output,
          maxWarnings: opts.maxWarnings,
          quiet: opts.quiet,
          color: await color(opts.color),
          configPath: opts.config,
          giasPath: opts.gias,
          tables: opts.tables,
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });

  addToolCommands(program, io, err, emit, common);
  return program;
}
