#!/usr/bin/env node
// The bin: the command line (src/execute.ts) run with this process's streams, folder and environment; its
// answer becomes the exit code. Ctrl-C and SIGTERM keep their default action (io/cancel.ts).
import { installCancelHandlers } from './io/cancel.js';
import { execute } from './execute.js';

installCancelHandlers();
// execute() answers a failed write while it runs (a reader gone: quietly; a full disk: one line, exit 2).
// These listeners keep a failure that comes after it, or on standard error, from becoming a crash.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
const args = process.argv.slice(2);
process.exitCode = await execute(args, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
// A download given up may leave a connection open that nobody answers: the process ends once it has said so.
if (args[0] === 'browser' && args[1] === 'install') process.exit();
