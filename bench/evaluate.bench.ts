import { measure, shippedCore } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const { evaluate } = await shippedCore();

const workspace = syntheticWorkspace(10, 20);
const now = new Date('2026-11-25T12:00:00Z');
measure('evaluate: 10 offers × 20 priorities', () => evaluate(workspace, { now }), {
  targetMs: 1,
  runs: 500,
});

// The same workspace scored on pay after tax: US (Texas) and German estimates for every offer.
const net: typeof workspace = {
  ...workspace,
  priorities: workspace.priorities.map((p, i) =>
    i === 0 ? { ...p, measure: 'pay-net-avg-4y', worst: 40000, best: 150000 } : p,
  ),
  offers: workspace.offers.map((o) =>
    o.location.country === 'US' ? { ...o, location: { ...o.location, region: 'US-TX' } } : o,
  ),
};
measure('evaluate: 10 offers × 20 priorities, net measures', () => evaluate(net, { now }), {
  targetMs: 2,
  runs: 500,
});
