// `npm run bench`: prints figures against their targets. Benchmarks, not timed tests: shared
// machines make timing assertions flaky, so nothing here fails the build.
// Each file runs alone, one after the other: sibling static imports with top-level await run
// concurrently, and two benches sharing the cores would measure each other.
export {};

const benches = [
  './evaluate.bench',
  './analysis.bench',
  './timeline.bench',
  './cli.bench',
  './lint.bench',
  './server.bench',
  './web.bench',
  './letters.bench',
];
const only = process.argv.slice(2);
for (const bench of benches) {
  if (only.length === 0 || only.some((name) => bench.includes(name))) await import(bench);
}
