import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { setWeight } from '../packages/web/src/workspace/edits';
import { liveEvaluation } from '../packages/web/src/workspace/live-evaluation';
import { hasChromium, launchChromium } from '../packages/web/test/support/browser';
import { hasServer, startServer } from '../packages/web/test/support/server';
import { measure, report } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const FIRST_PAGE_TARGET_KB = 127;
const dist = new URL('../packages/web/dist/', import.meta.url).pathname;

if (!existsSync(join(dist, 'index.html'))) {
  execSync('npm run build --workspace @offerwise/web', { stdio: 'inherit' });
}

/**
 * The JavaScript the first page loads before it can render: every script index.html names and
 * every module it preloads (Vite lists the entry's static imports as modulepreload links).
 * Step pages are lazy chunks and are not counted.
 */
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1] as string);
let gzipped = 0;
for (const src of scripts) gzipped += gzipSync(readFileSync(join(dist, src))).length;
// kB as Vite prints it (1000 bytes), the stricter reading of the target.
const kb = gzipped / 1000;
console.log(
  `${'web: first page JS, gzipped'.padEnd(58)} ${kb.toFixed(1).padStart(9)} kB  (${scripts.length} files)  target < ${FIRST_PAGE_TARGET_KB} kB  ${kb < FIRST_PAGE_TARGET_KB ? 'ok' : 'OVER TARGET'}`,
);

// What one step of a weight slider runs before the grid redraws: the edit, core's checks and
// core's evaluate (React's redraw of the grid comes on top).
const workspace = syntheticWorkspace(6, 12);
const now = new Date('2026-11-25T12:00:00Z');
let weight = 0;
measure(
  'web: re-score after a slider move, 6 offers × 12 priorities',
  () => {
    weight = (weight + 7) % 100;
    return liveEvaluation(setWeight(workspace, 'p3', weight), now);
  },
  { targetMs: 16, runs: 500 },
);

// The first page in the real browser, served by the built server as `npm start` serves it:
// from navigation to the home page's "Create workspace" button, ready to use.
if (hasChromium && hasServer) {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < 6; run++) {
      // A fresh context each time: nothing cached, like a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Create workspace' }).waitFor();
      times.push(performance.now() - start);
      await context.close();
    }
    report('web: first page usable in Chromium (cold, from the server)', times, 1000);
  } finally {
    await browser.close();
    await server.close();
  }
}
