import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  targetMs: number;
  p95TargetMs: number;
}

export interface Targets {
  /** The median must be under this. */
  targetMs: number;
  /** The 95th percentile must be under this; twice the median's target unless set. */
  p95TargetMs?: number;
}

/**
 * Runs `fn` `runs` times and reports every run, the first (cold: nothing compiled or cached yet)
 * included, because a user's first click pays for it too.
 */
export function measure(
  name: string,
  fn: () => unknown,
  options: Targets & { runs?: number },
): BenchResult {
  const times: number[] = [];
  for (let i = 0; i < (options.runs ?? 200); i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return report(name, times, options);
}

/** Prints the first run, the median and p95 of `times` (in run order), and a verdict on both. */
export function report(name: string, times: number[], targets: Targets): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const p95TargetMs = targets.p95TargetMs ?? targets.targetMs * 2;
  const result = {
    name,
    firstMs: times[0] ?? Number.NaN,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    targetMs: targets.targetMs,
    p95TargetMs,
  };
  const overs = [
    result.medianMs > targets.targetMs ? 'MEDIAN OVER TARGET' : '',
    result.p95Ms > p95TargetMs ? 'P95 OVER TARGET' : '',
  ].filter(Boolean);
  const ms = (n: number) => `${n.toFixed(3).padStart(9)} ms`;
  console.log(
    `${name.padEnd(58)} first ${ms(result.firstMs)}  median ${ms(result.medianMs)}  p95 ${ms(result.p95Ms)}  target median < ${targets.targetMs} ms, p95 < ${p95TargetMs} ms  ${overs.join(', ') || 'ok'}  (${times.length} runs)`,
  );
  return result;
}
