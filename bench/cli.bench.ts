import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { report } from './harness';

// Cold start: a fresh Node process each run, as a user typing the command gets. Every run
// counts, the first included (the operating system has not cached the bundle yet).
const bin = fileURLToPath(new URL('../packages/cli/bin/offerwise.js', import.meta.url));
const example = fileURLToPath(new URL('../examples/international-move.yaml', import.meta.url));
const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [bin, 'evaluate', example], { encoding: 'utf8' });
  times.push(performance.now() - start);
  if (run.status !== 0) throw new Error(`offerwise evaluate failed: ${run.stderr}`);
}
report('CLI cold start: offerwise evaluate international-move', times, { targetMs: 300 });
