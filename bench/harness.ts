import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
}

/** Runs `fn` after a warm-up and prints its median and 95th-percentile time beside the target. */
export function measure(
  name: string,
  fn: () => unknown,
  options: { targetMs: number; runs?: number; warmup?: number },
): BenchResult {
  const runs = options.runs ?? 200;
  for (let i = 0; i < (options.warmup ?? 20); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return report(name, times, options.targetMs);
}

export function report(name: string, times: number[], targetMs: number): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const result = { name, medianMs: at(0.5), p95Ms: at(0.95), targetMs };
  const verdict = result.medianMs <= targetMs ? 'ok' : 'OVER TARGET';
  console.log(
    `${name.padEnd(58)} median ${result.medianMs.toFixed(3).padStart(9)} ms  p95 ${result.p95Ms.toFixed(3).padStart(9)} ms  target < ${targetMs} ms  ${verdict}`,
  );
  return result;
}
