// The Handlebars environment: a private instance with our helpers, the built-in templates and partials,
// and the school's own overrides by name. Every template runs in strict mode, so a misspelt field in a
// school's template is an error naming its file and line rather than a silently empty table cell.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UsageError } from '../model/findings.js';
import { HELPERS, HelperUsageError } from './helpers.js';
import { openRegular, SpecialFileError } from '../load/open-regular.js';

/** The package's own templates: `templates/` beside `dist/` and `src/`. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The print stylesheet's file name; a school's folder may hold its own. */
export const STYLESHEET = 'print.css';

export interface TemplateSource {
  /** The name a template or partial is known by: its file name without `.hbs`. */
  name: string;
  /** Absolute path of the file it was read from. */
  file: string;
  source: string;
  /** True when it came from the school's own `templates:` folder. */
  custom: boolean;
}

/** A template that cannot be compiled or run: exit 2, naming the file and line. */
export class TemplateError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

function readHbsFiles(dir: string, custom: boolean, into: Map<string, TemplateSource>): void {
  for (const folder of [dir, join(dir, 'partials')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!name.endsWith('.hbs')) continue;
      const file = join(folder, name);
      let source: string;
      try {
        if (statSync(file).isDirectory()) continue;
        // Only a regular file (a FIFO here would block the render for ever), read from the opened descriptor.
        const opened = openRegular(file, { what: 'template' });
        try {
          source = opened.read(5 * 1024 * 1024).toString('utf8');
        } finally {
          opened.close();
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why =
          e instanceof SpecialFileError
            ? `it is ${e.kind}, not a file`
            : code === 'ENOENT'
              ? 'it is a link to a file that does not exist'
              : code === 'ELOOP'
                ? 'it is a link that points back to itself'
                : code === 'EACCES' || code === 'EPERM'
                  ? 'permission denied'
                  : `the system said ${code ?? (e as Error).message}`;
        throw new TemplateError(
          `The template ${file} cannot be read: ${why}. Fix or remove it from the templates folder.`,
        );
      }
      into.set(basename(name, '.hbs'), {
        name: basename(name, '.hbs'),
        file,
        source: source.replace(/^\uFEFF/, ''),
        custom,
      });
    }
  }
}

export interface TemplateSet {
  templates: Map<string, TemplateSource>;
  stylesheet: { file: string; source: string; custom: boolean };
  /** The school's folder, when the config names one. */
  overrides?: string;
}

/** The built-in templates with the school's overrides (any `*.hbs` in its folder or its `partials/`) on top. */
export function loadTemplates(overrides?: string | null, cwd = process.cwd()): TemplateSet {
  const templates = new Map<string, TemplateSource>();
  readHbsFiles(BUILT_IN_TEMPLATES, false, templates);
  let css = join(BUILT_IN_TEMPLATES, STYLESHEET),
    customCss = false;
  if (overrides) {
    if (!existsSync(overrides) || !statSync(overrides).isDirectory()) {
      throw new UsageError(
        `The templates folder ${shown(overrides, cwd)} named in the config (templates:) does not exist: create it, or remove the templates: line to use the built-in templates.`,
      );
    }
    readHbsFiles(overrides, true, templates);
    if (existsSync(join(overrides, STYLESHEET))) {
      css = join(overrides, STYLESHEET);
      customCss = true;
    }
  }
  return {
    templates,
    stylesheet: { file: css, source: readStylesheet(css, cwd), custom: customCss },
    overrides: overrides ?? undefined,
  };
}

/** The stylesheet, through the one bounded reader (a FIFO named print.css cannot block, /dev/zero cannot fill the memory). */
function readStylesheet(file: string, cwd: string): string {
  try {
    const opened = openRegular(file, { what: 'stylesheet', shown: shown(file, cwd) });
    try {
      return opened
        .read(5 * 1024 * 1024)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } finally {
      opened.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      e instanceof SpecialFileError
        ? e.kind === 'growing'
          ? 'it is larger than 5 MB'
          : `it is ${e.kind}, not a file`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `the system said ${code ?? (e as Error).message}`;
    throw new TemplateError(
      `The stylesheet ${shown(file, cwd)} cannot be read: ${why}. Fix or remove it from the templates folder.`,
    );
  }
}

/** A path as people read it: relative to the working folder when inside it, else in full. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])),
  knownHelpersOnly: true,
  preventIndent: true,
} as const;

/** Turns whatever Handlebars (or a helper) threw into one sentence naming the template file and line. */
export function describeTemplateError(e: unknown, where: string): TemplateError {
  if (e instanceof TemplateError) return e;
  const err = e as { message?: string; lineNumber?: number; line?: number };
  let message = String(err?.message ?? e);
  let line = err?.lineNumber ?? (e instanceof HelperUsageError ? e.line : undefined);
  let m: RegExpExecArray | null;
  if ((m = /^Parse error on line (\d+):[\s\S]*\n(Expecting [^\n]*)$/.exec(message))) {
    line = Number(m[1]);
    message = `Handlebars cannot read it (${m[2].replace(/'/g, '')}): check that every {{#block}} has its {{/block}} and every {{ its }}`;
  } else if ((m = /^You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message))) {
    message = `"${m[1]}" is not a helper: the helpers are ${Object.keys(HELPERS).join(', ')} and Handlebars' own (if, unless, each, with, lookup)`;
  } else if ((m = /^"([^"]+)" not defined in/.exec(message))) {
    message = `"${m[1]}" is not a value this template is given here: check the spelling, or look at the built-in template for the names it uses`;
  } else if ((m = /^The partial (\S+) could not be found/.exec(message))) {
    message = `it uses the partial "${m[1]}", which does not exist: add ${m[1]}.hbs to the templates folder or fix the name`;
  } else if ((m = /^Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/.exec(message))) {
    message = `it reads ".${m[1]}" of a value that is empty here: wrap that part in {{#if …}} or {{#with …}}`;
  } else if ((m = /^(\S+) doesn't match (\S+)/.exec(message))) {
    message = `{{#${m[1]}}} is closed by {{/${m[2]}}}: close each block with its own name`;
  } else {
    message = message.replace(/ - \d+:\d+$/, '');
  }
  return new TemplateError(
    `Template ${where}${line ? `, line ${line}` : ''}: ${message}. Fix the template, or remove it from your templates folder to use the built-in one.`,
  );
}

type Compiled = (context: unknown) => string;

/** A private Handlebars with our helpers and every partial registered, each call wrapped to name its file. */
export class TemplateEnvironment {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    readonly set: TemplateSet,
    private readonly cwd = process.cwd(),
  ) {
    for (const [name, helper] of Object.entries(HELPERS)) this.hb.registerHelper(name, helper);
    for (const t of set.templates.values()) {
      const fn = this.compile(t);
      this.compiled.set(t.name, fn);
      this.hb.registerPartial(t.name, ((ctx: unknown, options: Handlebars.RuntimeOptions) =>
        fn.call(null, ctx, options)) as Handlebars.TemplateDelegate);
    }
  }

  /** How an error names a template: the school's file by its path, a built-in one as such. */
  where(t: TemplateSource): string {
    return t.custom
      ? shown(t.file, this.cwd)
      : `templates/${relative(BUILT_IN_TEMPLATES, t.file).split('\\').join('/')} (built in)`;
  }

  private compile(t: TemplateSource): (ctx: unknown, options?: Handlebars.RuntimeOptions) => string {
    const where = this.where(t);
    let fn: Handlebars.TemplateDelegate;
    try {
      fn = this.hb.compile(t.source, COMPILE_OPTIONS);
      // A school's template is checked now, so a mistake is reported even in a partial this document does not use.
      if (t.custom) this.hb.precompile(t.source, COMPILE_OPTIONS);
    } catch (e) {
      throw describeTemplateError(e, where);
    }
    return (ctx, options) => {
      try {
        return fn(ctx, options);
      } catch (e) {
        throw describeTemplateError(e, where);
      }
    };
  }

  has(name: string): boolean {
    return this.compiled.has(name);
  }

  /** Runs the named template over a view-model. */
  run(name: string, context: unknown): string {
    const fn = this.compiled.get(name);
    if (!fn)
      throw new TemplateError(
        `There is no template named "${name}": the templates are ${[...this.compiled.keys()].join(', ')}.`,
      );
    return fn(context);
  }
}
