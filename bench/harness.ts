import { mkdirSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
  /** When set, the 90th percentile is printed and must be under this too. */
  p90TargetMs?: number;
  /** The unit printed after each figure ("ms" unless set, e.g. "kB"). */
  unit?: string;
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
  const p90 = targets.p90TargetMs === undefined ? null : at(0.9);
  const overs = [
    result.medianMs > targets.targetMs ? 'MEDIAN OVER TARGET' : '',
    p90 !== null && p90 > (targets.p90TargetMs ?? 0) ? 'P90 OVER TARGET' : '',
    result.p95Ms > p95TargetMs ? 'P95 OVER TARGET' : '',
  ].filter(Boolean);
  const unit = targets.unit ?? 'ms';
  const ms = (n: number) => `${n.toFixed(3).padStart(9)} ${unit}`;
  const p90Text = p90 === null ? '' : `  p90 ${ms(p90)}`;
  const p90Target = p90 === null ? '' : `, p90 < ${targets.p90TargetMs} ${unit}`;
  console.log(
    `${name.padEnd(58)} first ${ms(result.firstMs)}  median ${ms(result.medianMs)}${p90Text}  p95 ${ms(result.p95Ms)}  target median < ${targets.targetMs} ${unit}${p90Target}, p95 < ${p95TargetMs} ${unit}  ${overs.join(', ') || 'ok'}  (${times.length} runs)`,
  );
  return result;
}

/**
 * Core as it ships: one esbuild bundle, as in the CLI and the server (the web app's is Vite's).
 * Importing the sources through tsx would time tsx's transform too: it names every function as it
 * is created, a quarter of an evaluation's time.
 */
export async function shippedCore(): Promise<typeof import('../packages/core/src/index')> {
  const root = new URL('../', import.meta.url);
  const dir = fileURLToPath(new URL('node_modules/.cache/offerwise-bench/', root));
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}core-${process.pid}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL('packages/core/src/index.ts', root))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // yaml is CommonJS and requires Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const core = await import(pathToFileURL(outfile).href);
  rmSync(outfile);
  return core;
}
