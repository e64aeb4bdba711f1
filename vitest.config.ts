import { defineConfig } from 'vitest/config';

// Limits sized for a 2-core machine that is busy with other work: there a first PGlite start,
// an argon2 hash or a Chromium page can take ten times its idle time. A limit is a guard
// against a hang, not a performance check (benchmarks measure speed: `npm run bench`).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['scripts/test-global-setup.ts'],
    // By default Vitest runs one file at a time on a 2-core machine (cores − 1). Much of a file's
    // time is spent waiting on a server, a database or Chromium in other processes, so three
    // files at once finish sooner, even when other work keeps both cores busy.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    // A poll waits for the app to catch up; 1 s (the default) is too short on a loaded machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
