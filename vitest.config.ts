import { defineConfig } from 'vitest/config';

// Many tests run the built CLI or a real Chromium: give them room on a busy 2-core CI machine.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
