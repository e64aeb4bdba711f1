import { evaluate } from '../packages/core/src/index';
import { measure } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const workspace = syntheticWorkspace(10, 20);
const now = new Date('2026-11-25T12:00:00Z');
measure('evaluate: 10 offers × 20 priorities', () => evaluate(workspace, { now }), {
  targetMs: 1,
  runs: 500,
});
