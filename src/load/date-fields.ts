// The date fields of a block, each a real YYYY-MM-DD date (a date-format finding otherwise): checked on the
// raw values, before the schema, so a DD/MM/YYYY date is named as such rather than as "not a string".
import { dayNumber, suggestIso } from '../model/dates.js';
import type { DataPath } from '../model/findings.js';
import { dateValueKind } from './values.js';

/**
 * Every date field along `path` (`*` = every item of a list) in `value`, reported with its path within the
 * block. The path walked is one array pushed and popped, copied only for a finding: this runs for every
 * date of every file.
 */
export function checkDateFields(
  value: unknown,
  path: readonly (string | number)[],
  report: (at: DataPath, message: string) => void,
): void {
  walk(value, path, 0, [], report);
}

function walk(
  value: unknown,
  path: readonly (string | number)[],
  i: number,
  done: (string | number)[],
  report: (at: DataPath, message: string) => void,
): void {
  if (i === path.length) {
    if (typeof value !== 'string' || dayNumber(value) !== undefined) return;
    const field = done.join('.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const iso = suggestIso(value);
      // The value is never quoted: free text in a date field may be a name and a date of birth.
      report(
        [...done],
        iso
          ? `${field} is ${dateValueKind(value)}: write dates as YYYY-MM-DD, here ${iso}.`
          : `${field} is ${dateValueKind(value)}, not a date: write it as YYYY-MM-DD, e.g. 2025-10-06.`,
      );
    } else {
      report([...done], `${field} is ${value}, which is not a real date: check the day and month.`);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const head = path[i];
  if (head === '*') {
    if (!Array.isArray(value)) return;
    for (let k = 0; k < value.length; k++) {
      done.push(k);
      walk(value[k], path, i + 1, done, report);
      done.pop();
    }
  } else {
    done.push(head);
    walk((value as Record<string, unknown>)[head], path, i + 1, done, report);
    done.pop();
  }
}
