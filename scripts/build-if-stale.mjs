// Builds each package whose bundle is older than its sources, and nothing else. `npm ci` has
// just built everything (the root `prepare` script), so `npm start` and the test run that follow
// it start at once instead of spending 20-60 s rebuilding identical bundles on a busy machine.
// Plain JavaScript so it runs before any TypeScript tooling is involved.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Package → the files its build writes. Core is bundled into all three, so it is an input of each. */
const packages = {
  'packages/server': ['dist/serve.js', 'dist/index.js', 'dist/empty-database.tar.gz'],
  'packages/cli': ['dist/offerwise.js'],
  'packages/web': ['dist/index.html'],
};
const shared = ['packages/core', 'package-lock.json'];
const skipped = new Set(['dist', 'node_modules', 'test', 'coverage']);

function newestInput(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.(test\.ts|md)$/.test(path) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (!skipped.has(entry)) newest = Math.max(newest, newestInput(join(path, entry)));
  }
  return newest;
}

function oldestOutput(dir, outputs) {
  let oldest = Number.POSITIVE_INFINITY;
  for (const file of outputs) {
    try {
      oldest = Math.min(oldest, statSync(join(dir, file)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

const sharedNewest = Math.max(...shared.map((path) => newestInput(join(root, path))));
for (const [dir, outputs] of Object.entries(packages)) {
  const inputs = Math.max(sharedNewest, newestInput(join(root, dir)));
  if (oldestOutput(join(root, dir), outputs) > inputs) continue;
  process.stdout.write(`building ${dir} (sources changed since its last build)\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: join(root, dir), stdio: 'inherit' });
}
