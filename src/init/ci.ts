// The files that tie a new placements repository to ap-ready's version and to CI: the school's package.json
// (ap-ready pinned) and the GitHub Actions workflow or GitLab CI file that runs the check on every push.

export function workflow(): string {
  return `# Checks the placement files on every push and pull request: problems appear as annotations on
# the lines of a pull request, and in the repository's Security tab (code scanning). ap-ready's version is
# the one pinned in package.json and package-lock.json, so every run checks with the same rules.
name: ap-ready

on:
  push:
  pull_request:

permissions:
  contents: read
  security-events: write          # to upload the SARIF report to code scanning
  actions: read                   # code scanning reads the run's details (needed in a private repository)

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          cache: npm
      - name: Install ap-ready (the version in package-lock.json)
        run: npm ci
      - name: Check placement files
        run: npx ap-ready check --format github
      - name: Write the SARIF report
        if: \${{ !cancelled() }}
        run: npx ap-ready check --format sarif --output-file ap-ready.sarif --max-warnings -1 || test -s ap-ready.sarif
      - name: Upload to code scanning
        if: \${{ !cancelled() && hashFiles('ap-ready.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: ap-ready.sarif
          category: ap-ready
        # Code scanning in a private repository needs GitHub's Code Security; without it only this upload
        # fails, and the annotations above still work.
        continue-on-error: true
`;
}

/** For \`init --ci gitlab\`: findings in merge requests through GitLab's Code Quality report. */
export function gitlabCi(): string {
  return `# Checks the placement files on every push and merge request. Problems show in the merge request
# (GitLab Code Quality) and in the job's log. ap-ready's version is the one pinned in package-lock.json.
ap-ready:
  image: node:24
  stage: test
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  script:
    - npm ci --cache .npm --prefer-offline
    # The report for the merge request first (it never fails the job: the next line does that).
    - npx ap-ready check --format gitlab --output-file gl-code-quality-report.json --max-warnings -1 || test -s gl-code-quality-report.json
    - npx ap-ready check
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;
}

/** The school's own package.json: ap-ready pinned as a development tool, so CI and every computer use one version. */
export function packageJson(version: string, name: string): string {
  return (
    JSON.stringify(
      {
        name,
        private: true,
        description: 'Our records of pupils in off-site Alternative Provision, checked by ap-ready',
        scripts: { check: 'ap-ready check' },
        devDependencies: { 'ap-ready': version },
      },
      null,
      2,
    ) + '\n'
  );
}

/** A package name made from the folder's name: lower case letters, digits and hyphens. */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return name || 'ap-placements';
}
