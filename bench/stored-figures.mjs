// The figures the benches' regression gates compare with, stored at the end of bench/README.md as one HTML
// comment each, `<!-- NAME: {json} -->`: bench/ratio.mjs's `bench-ratios` and bench/pdf-ratio.mjs's `pdf-ratios`.
// A gate fails when a ratio is more than TOLERANCE times its stored figure.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const README = join(dirname(fileURLToPath(import.meta.url)), 'README.md');
/** 20 % worse than the stored figure fails: the same code measures about 15 % apart from one run to the next. */
export const TOLERANCE = 1.2;

const mark = (name) => new RegExp(`<!-- ${name}: (\\{.*\\}) -->`);

/** The figures stored under `name`, or {} when there are none. */
export function readStored(name) {
  const found = readFileSync(README, 'utf8').match(mark(name));
  return found ? JSON.parse(found[1]) : {};
}

/** Stores `figures` under `name`, in place of the figures stored before (or at the end of the file). */
export function writeStored(name, figures) {
  const text = readFileSync(README, 'utf8');
  const line = `<!-- ${name}: ${JSON.stringify(figures)} -->`;
  const re = mark(name);
  writeFileSync(README, re.test(text) ? text.replace(re, () => line) : `${text.trimEnd()}\n\n${line}\n`);
}
