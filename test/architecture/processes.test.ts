// The command line runs in-process (execute(), test/support/cli.ts): at most eight test files start a process,
// for what only a real process shows (the bin, signals, another user, the modules a command loads, the packed
// package, pre-commit, a language server). Read from each file's syntax tree: a call of a node:child_process
// function (or of a test helper that makes one) counts unless the program it starts is one of the outside
// tools a test reads its results with or prepares a file with (INSTRUMENTS), named as a string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const TEST = fileURLToPath(new URL('..', import.meta.url));
const LIMIT = 8;
/** Outside programs that read a PDF, list fonts, make a FIFO or device, or keep a git repository. */
const INSTRUMENTS = new Set(['pdftotext', 'pdfinfo', 'pdffonts', 'fc-list', 'git', 'mkfifo', 'mknod', 'rm']);
const CHILD_PROCESS = new Set(['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

interface Starts {
  /** The programs started, as written (`process.execPath`, `'npm'`, `cmd`), instruments left out. */
  programs: string[];
  /** The functions of the file that start one (a helper's callers start it too). */
  starters: string[];
  /** Every function the file calls, by name. */
  calls: Set<string>;
}

/** What one source file starts, read from its syntax tree. */
function starts(source: string, name = 'file.ts'): Starts {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const imported = new Set<string>();
  const result: Starts = { programs: [], starters: [], calls: new Set() };
  const visit = (node: ts.Node, fn: string | undefined) => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(node:)?child_process$/.test(node.moduleSpecifier.text)
    ) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const b of bindings.elements)
          if (CHILD_PROCESS.has((b.propertyName ?? b.name).text)) imported.add(b.name.text);
    }
    const named =
      ts.isFunctionDeclaration(node) && node.name
        ? node.name.text
        : ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer
          ? node.name.text
          : undefined;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      result.calls.add(callee);
      if (imported.has(callee)) {
        const program = node.arguments[0];
        const text = program && (ts.isStringLiteralLike(program) ? program.text : program.getText(file));
        if (!(program && ts.isStringLiteralLike(program) && INSTRUMENTS.has(text))) {
          result.programs.push(text ?? '?');
          if (fn) result.starters.push(fn);
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, fn ?? named));
  };
  visit(file, undefined);
  return result;
}

/** Test files that start a process (themselves, or through a helper of a support file), with what they start. */
function spawningTestFiles(): Map<string, string[]> {
  // Only a file that imports node:child_process can start a process itself: the others are not parsed.
  const texts = new Map(files(TEST).map((f) => [relative(TEST, f), readFileSync(f, 'utf8')]));
  const read = new Map<string, Starts>();
  for (const [f, text] of texts) if (text.includes('child_process')) read.set(f, starts(text, f));
  const helpers = new Map<string, string>();
  for (const [f, s] of read) if (!f.endsWith('.test.ts')) for (const h of s.starters) helpers.set(h, f);
  const spawning = new Map<string, string[]>();
  for (const [f, text] of texts) {
    if (!f.endsWith('.test.ts')) continue;
    const s =
      read.get(f) ?? (helpers.size && [...helpers.keys()].some((h) => text.includes(h)) ? starts(text, f) : undefined);
    if (!s) continue;
    const through = [...s.calls].filter((c) => helpers.has(c)).map((c) => `${c}() of ${helpers.get(c)}`);
    if (s.programs.length || through.length) spawning.set(f, [...new Set([...s.programs, ...through])]);
  }
  return spawning;
}

describe('test files that start a process', () => {
  it('are read from the syntax tree: Node, npm and a shell count; a PDF reader or git does not', () => {
    const read = starts(`
      import { execFileSync, spawnSync as run } from 'node:child_process';
      export function cliProcess(args) { return run(process.execPath, ['dist/cli.js', ...args]); }
      execFileSync('pdftotext', ['a.pdf', '-']);
      execFileSync("git", ['init']);
      run('sh', ['-c', 'npm pack']);
    `);
    expect(read.programs).toEqual(['process.execPath', 'sh']);
    expect(read.starters).toEqual(['cliProcess']);
    expect(starts(`import { spawn } from 'node:child_process'; spawn('mkfifo', ['p']);`).programs).toEqual([]);
    // A function of the same name that is not node:child_process's starts nothing.
    expect(starts(`const spawn = (x) => x; spawn(process.execPath);`).programs).toEqual([]);
  });

  it(`are at most ${LIMIT}`, () => {
    const spawning = spawningTestFiles();
    // The bin's own tests are among them, so the reading finds what it looks for.
    expect(spawning.get('check/bin.test.ts')).toContain('process.execPath');
    const listed = [...spawning].map(([f, programs]) => `${f}: ${programs.join(', ')}`).sort();
    expect(listed.length, `more than ${LIMIT} test files start a process:\n${listed.join('\n')}`).toBeLessThanOrEqual(
      LIMIT,
    );
  });
});
