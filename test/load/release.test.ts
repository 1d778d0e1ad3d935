// PlacementFile.release(): an area lets go of each checked file's text; a position asked for later is
// found by reading the file again, and is the same as before the release.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlacementFile } from '../../src/load/placement-file.js';

const dir = mkdtempSync(join(tmpdir(), 'ap-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT = 'provider:\n  name: Mill\n  registration:\n    status: unregistered\nplacements: []\n';

describe('PlacementFile.release', () => {
  it('drops the text and tree, keeps the records, and finds a position by reading the file again', () => {
    const path = join(dir, 'mill.yaml');
    writeFileSync(path, TEXT);
    const file = new PlacementFile(path).load();
    const before = file.at(['provider', 'registration'], { key: true });
    file.release();
    expect(file.source).toBe('');
    expect(file.tree).toBeUndefined();
    expect(file.provider?.name ?? file.fileFindings.length).toBeDefined();
    expect(file.at(['provider', 'registration'], { key: true })).toEqual(before);
    expect(before).toMatchObject({ line: 3, column: 3 });
  });

  it('never releases a file made from text in memory (there is nothing to read again)', () => {
    const file = PlacementFile.fromSource(join(dir, 'nowhere.yaml'), TEXT);
    file.release();
    expect(file.source).toBe(TEXT);
    expect(file.at(['provider', 'name'])).toMatchObject({ line: 2, column: 9 });
  });
});
