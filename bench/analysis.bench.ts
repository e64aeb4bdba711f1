import { measure, shippedCore } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const { breakEvenAll, evaluate, sensitivity, smaa } = await shippedCore();

// Both run on every slider move in the browser, so they share the 6 × 12 workspace of the issue.
const workspace = syntheticWorkspace(6, 12);
const evaluation = evaluate(workspace, { now: new Date('2026-11-25T12:00:00Z') });
const values = evaluation.offers.map((o) => evaluation.priorities.map((p) => o.values[p.id] ?? 0));
const order = evaluation.priorities.map((_, j) => j);

measure(
  'smaa: 10,000 samples, 6 offers × 12 priorities',
  () => smaa(values, { samples: 10_000, seed: 1, weights: { kind: 'ranked', order } }),
  { targetMs: 30, runs: 50 },
);
measure(
  'sensitivity report (SMAA + stability + TOPSIS), 6 × 12',
  () => sensitivity(evaluation, { samples: 10_000, seed: 1 }),
  { targetMs: 30, runs: 50 },
);
measure('break-even: every offer × negotiable priority, 6 × 12', () => breakEvenAll(workspace), {
  targetMs: 5,
  runs: 100,
});
