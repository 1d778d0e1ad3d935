// render/ is two parts that do not import each other: the document (what a document says and how it is laid
// out as HTML: views/, templates, fonts, helpers) and the printer (printer/: Chromium found, started, given its
// fonts, and the PDF printed). render/index.ts and render/area.ts join them; typeface.ts (the faces both use)
// and phases.ts (timings) are shared. Read from the import graph madge resolves (type imports counted).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import madge from 'madge';

const root = fileURLToPath(new URL('../..', import.meta.url));
const JOINS = new Set(['index.ts', 'area.ts']);
const SHARED = new Set(['typeface.ts', 'phases.ts']);
const part = (module: string) =>
  module.startsWith('../')
    ? 'outside'
    : JOINS.has(module)
      ? 'join'
      : SHARED.has(module)
        ? 'shared'
        : module.startsWith('printer/')
          ? 'printer'
          : 'document';

/** The imports from one part of render/ into the other, as "from → to". */
function crossings(graph: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of Object.entries(graph)) {
    for (const to of tos) {
      const a = part(from),
        b = part(to);
      if ((a === 'document' && b === 'printer') || (a === 'printer' && b === 'document')) out.push(`${from} → ${to}`);
    }
  }
  return out;
}

describe('render: the document and the printer', () => {
  it('neither imports the other', async () => {
    const graph = (
      await madge(join(root, 'src', 'render'), {
        fileExtensions: ['ts'],
        tsConfig: join(root, 'tsconfig.json'),
        detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
      })
    ).obj();
    expect(Object.keys(graph)).toEqual(
      expect.arrayContaining(['index.ts', 'printer/pdf.ts', 'printer/session.ts', 'views/index.ts', 'templates.ts']),
    );
    expect(crossings(graph)).toEqual([]);
  }, 60_000);

  it('finds a crossing when there is one (the check can fail)', () => {
    expect(
      crossings({
        'fonts.ts': ['printer/local-fonts.ts'],
        'printer/pdf.ts': ['typeface.ts', 'phases.ts', '../model/findings.ts'],
        'index.ts': ['printer/pdf.ts'],
      }),
    ).toEqual(['fonts.ts → printer/local-fonts.ts']);
  });
});
