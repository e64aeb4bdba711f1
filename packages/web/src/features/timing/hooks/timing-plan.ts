import { buildTimeline, type Result, type Timeline, type Workspace } from '@offerwise/core';
import { computeChecked } from '../../../workspace/check';

/** Step 3 through core: the dated plan, warnings and next actions for a valid workspace. */
export function timingPlan(document: Workspace, now: Date): Result<Timeline> {
  return computeChecked(document, (valid) => buildTimeline(valid, { now }));
}
