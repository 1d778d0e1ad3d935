import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: in-process tests of the library, rules and formatters (npm run test:unit, a few
 * seconds). `e2e`: tests that start the built CLI, a real Chromium, write temporary folders, time
 * things, run thousands of property cases or run madge over the sources. `npm test` runs both.
 */
const E2E = [
  'test/check/cli.test.ts',
  'test/check/startup-modules.test.ts',
  'test/render/**/*.test.ts',
  'test/robustness/**/*.test.ts',
  'test/init/**/*.test.ts',
  'test/schema/**/*.test.ts',
  'test/gias/benchmark.test.ts',
  'test/gias/reader.test.ts',
  'test/report/check-command.test.ts',
  'test/architecture/**/*.test.ts',
  'test/property/**/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E, testTimeout: 30_000 } },
      // Many of these run the built CLI or a real Chromium: give them room on a busy 2-core CI machine.
      { test: { name: 'e2e', include: E2E, testTimeout: 30_000, hookTimeout: 60_000 } },
    ],
  },
});
