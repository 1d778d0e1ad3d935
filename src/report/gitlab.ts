// GitLab Code Quality report (a JSON array of issues; https://docs.gitlab.com/ci/testing/code_quality/):
// GitLab shows these in merge requests. Paths are from the repository root; suppressed findings are left out.
// Each fingerprint is stable while the finding stays (it leaves out the line, so edits above it do not
// make it "new"), and unique: findings alike in rule, file and message are numbered in order.
import { createHash } from 'node:crypto';
import type { Formatter } from './types.js';
import { pathFromRoot } from './paths.js';

export const gitlab: Formatter = (input) => {
  const issues: object[] = [];
  for (const file of input.files) {
    const path = pathFromRoot(input.repoRoot, file.path) ?? file.displayPath.split('\\').join('/');
    const seen = new Map<string, number>();
    for (const f of file.findings) {
      const key = `${f.ruleId}\0${path}\0${f.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      issues.push({
        type: 'issue',
        description: f.message,
        check_name: f.ruleId,
        categories: ['Bug Risk'],
        severity: f.severity === 'error' ? 'major' : 'minor',
        fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex'),
        location: { path, lines: { begin: f.line, ...(f.endLine !== undefined ? { end: f.endLine } : {}) } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
