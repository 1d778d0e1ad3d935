// The case pack (`render pupil REF`, or `--all` for every pupil in one document): the view of
// templates/pupil.hbs. A reference that names no placement is a mistake the user can fix.
import type { CheckResult } from '../../check.js';
import { UsageError } from '../../model/findings.js';
import { pupilKey } from '../../model/placement.js';
import { base } from './base.js';
import { byText } from './view-helpers.js';
import { caseView } from './pupil-case.js';
import { DOCUMENT_INFO, type PupilDocumentView, type ViewOptions } from './types.js';

export function pupilView(result: CheckResult, options: ViewOptions): PupilDocumentView {
  const keys = [...new Set(result.run.placements.map((i) => pupilKey(i.placement.pupil)))];
  // The library renders every pupil when no reference is given; the command line asks for a reference or --all.
  let chosen = keys;
  if (!options.allPupils && options.pupil !== undefined) {
    const key = pupilKey(options.pupil);
    if (!key || !keys.includes(key))
      throw new UsageError(
        `No placement in the records is of pupil "${options.pupil.trim()}": check the reference (as the placement files write it), or use --all.`,
      );
    chosen = [key];
  }
  const pupils = chosen
    .map((k) => caseView(result, k))
    .sort((a, b) => Number(a.hidden) - Number(b.hidden) || byText(a.reference, b.reference));
  return {
    ...base(DOCUMENT_INFO.pupil, result, options),
    pupils,
    all: chosen.length !== 1 || options.allPupils === true,
  };
}
