import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['scripts/test-global-setup.ts'],
    testTimeout: 20_000,
    // A poll waits for the app to catch up; 1 s (the default) is too short on a loaded machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
