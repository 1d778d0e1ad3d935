// Reads the pupil register `pupils.yaml` with the placement loader's safeguards (size, encoding, YAML
// budget) and its `yaml-syntax`, `schema` and `date-format` findings, located in pupils.yaml.
import { PlacementFile } from './placement-file.js';
import { InputBudget } from './budget.js';
import { validateBlock, type AddFinding } from './validate.js';
import { schemaLibrary } from './schemas.js';
import type { Pupil } from '../model/pupils.js';
import { PUPIL_DATE_PATHS } from '../model/date-paths.js';
import { pupilKey } from '../model/placement.js';

export interface PupilRecord {
  /** Index in the register's `pupils` list (0-based). */
  index: number;
  pupil: Pupil;
}

export class PupilsFile extends PlacementFile {
  /** Entries that passed the schema and date checks. */
  pupils: PupilRecord[] = [];
  /** Entries by pupil key (trimmed, case-insensitive); the first entry wins when a ref is repeated. */
  readonly byRef = new Map<string, PupilRecord>();

  /** A register from text in memory (no file system): parsed and validated like one read from disk. */
  static override fromSource(path: string, text: string, cwd = process.cwd()): PupilsFile {
    const file = new PupilsFile(path, cwd);
    file.fromBytes(Buffer.from(text, 'utf8'));
    return file;
  }

  protected override emptyMessage(): string {
    return 'The pupil register is empty: add a pupils: list (ap-ready init writes an example), or delete the file.';
  }

  /** Reads the register; a path that is not a regular file (a folder, device, FIFO or link) is refused unread. */
  override load(budget = new InputBudget()): this {
    let regular = false;
    try {
      regular = this.fs.lstatSync(this.path).isFile();
    } catch {
      /* reported by the read below */
    }
    if (!regular) {
      try {
        this.fs.lstatSync(this.path);
        this.fileFindings.push({
          ruleId: 'yaml-syntax',
          line: 1,
          column: 1,
          message:
            'The pupil register is not a regular file (a folder, link or device), so it was not read: put the register itself here.',
        });
        return this;
      } catch {
        /* does not exist: let the loader say so */
      }
    }
    return super.load(budget);
  }

  protected override validate(value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add(
        'schema',
        [],
        'The pupil register must be a mapping with a pupils: list (see ap-ready init for an example).',
      );
      return;
    }
    const top = value as Record<string, unknown>;
    for (const key of Object.keys(top)) {
      if (key !== 'pupils')
        this.add(
          'schema',
          [key],
          schemaLibrary().describeIssue({ code: 'unrecognized_keys', keys: [key], path: [] } as never, top, ['pupils']),
          true,
        );
    }
    const list = top.pupils;
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      this.add('schema', ['pupils'], 'pupils: must be a list, each entry starting with "- ref:".', true);
      return;
    }
    const add: AddFinding = (...finding) => this.add(...finding);
    list.forEach((item, index) => {
      const ok = validateBlock('pupil', item, ['pupils', index], PUPIL_DATE_PATHS, add) as Pupil | undefined;
      if (!ok) return;
      const record = { index, pupil: ok };
      this.pupils.push(record);
      const key = pupilKey(ok.ref);
      if (!this.byRef.has(key)) this.byRef.set(key, record);
    });
  }
}

// Finding the register needs no schema, so it lives with the file names (a cached run finds it without zod).
export { findRegister } from './files.js';
