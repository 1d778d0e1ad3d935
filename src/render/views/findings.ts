// The view of the findings document (templates/findings.hbs).
import type { CheckResult } from '../../check.js';
import { DOCUMENT_INFO, type FindingsGroupView, type FindingsView, type ViewOptions } from './types.js';
import { yamlFiles } from '../../run.js';
import { Context } from './context.js';
import { base } from './base.js';
import { byText, findingView, providerName } from './view-helpers.js';

export function findingsView(result: CheckResult, options: ViewOptions): FindingsView {
  const ctx = new Context(result);
  const files = [...yamlFiles(result.run)].sort(
    (a, b) => byText(providerName(a), providerName(b)) || byText(a.path, b.path),
  );
  const groups: FindingsGroupView[] = [];
  const clean: { name: string; file: string }[] = [];
  let errors = 0,
    warnings = 0,
    suppressed = 0;
  for (const file of files) {
    const all = (ctx.byFile.get(file.path) ?? []).map((f) => findingView(f, file));
    const group: FindingsGroupView = {
      name: providerName(file),
      file: file.displayPath,
      errors: all.filter((f) => f.severity === 'error' && f.justification === null),
      warnings: all.filter((f) => f.severity === 'warn' && f.justification === null),
      suppressed: all.filter((f) => f.justification !== null),
      clean: false,
    };
    errors += group.errors.length;
    warnings += group.warnings.length;
    suppressed += group.suppressed.length;
    group.clean = group.errors.length + group.warnings.length + group.suppressed.length === 0;
    if (group.clean) clean.push({ name: group.name, file: group.file });
    else groups.push(group);
  }
  // Other files checked (attendance CSVs): their findings (unreadable rows, late reports, absences) are listed under the file's name.
  // The register is one of the YAML files above: it is not listed twice.
  const placementPaths = new Set(files.map((f) => f.path));
  for (const other of result.checked.filter((c) => !placementPaths.has(c.path))) {
    const all = (ctx.byFile.get(other.path) ?? []).map((f) => ({
      ...findingView(f, undefined),
      provider: other.displayPath,
      file: other.displayPath,
    }));
    const group: FindingsGroupView = {
      name: other.displayPath,
      file: other.displayPath,
      errors: all.filter((f) => f.severity === 'error' && f.justification === null),
      warnings: all.filter((f) => f.severity === 'warn' && f.justification === null),
      suppressed: [],
      clean: all.length === 0,
    };
    errors += group.errors.length;
    warnings += group.warnings.length;
    if (group.clean) clean.push({ name: group.name, file: group.file });
    else groups.push(group);
  }
  return {
    ...base(DOCUMENT_INFO.findings, result, options),
    totals: { errors, warnings, suppressed, files: result.checked.length }, // placement files, the pupil register and attendance CSVs
    groups,
    clean,
  };
}
