// The view of the findings document (templates/findings.hbs).
import type { CheckResult } from '../../check.js';
import { DOCUMENT_INFO, type FindingsGroupView, type FindingsView, type ViewOptions } from './types.js';
import { base, byText, Context, findingView, providerName } from './context.js';

export function findingsView(result: CheckResult, options: ViewOptions): FindingsView {
  const ctx = new Context(result);
  const files = [...result.files].sort((a, b) => byText(providerName(a), providerName(b)) || byText(a.path, b.path));
  const groups: FindingsGroupView[] = [];
  const clean: { name: string; file: string }[] = [];
  let errors = 0, warnings = 0, suppressed = 0;
  for (const file of files) {
    const all = (ctx.byFile.get(file.path) ?? []).map((f) => findingView(f, file));
    const group: FindingsGroupView = {
      name: providerName(file), file: file.displayPath,
      errors: all.filter((f) => f.severity === 'error' && f.justification === null),
      warnings: all.filter((f) => f.severity === 'warn' && f.justification === null),
      suppressed: all.filter((f) => f.justification !== null),
      clean: false,
    };
    errors += group.errors.length; warnings += group.warnings.length; suppressed += group.suppressed.length;
    group.clean = group.errors.length + group.warnings.length + group.suppressed.length === 0;
    if (group.clean) clean.push({ name: group.name, file: group.file });
    else groups.push(group);
  }
  return {
    ...base(DOCUMENT_INFO.findings, result, options),
    totals: { errors, warnings, suppressed, files: result.files.length },
    groups,
    clean,
  };
}
