import { buildTimeline, type Result, type Timeline, type Workspace } from '@offerwise/core';
import { checkWorkspace } from '../../../workspace/check';

/** Step 3 through core: the dated plan, warnings and next actions for a valid workspace. */
export function timingPlan(document: Workspace, now: Date): Result<Timeline> {
  const checked = checkWorkspace(document);
  if (!checked.ok) return checked;
  return { ok: true, value: buildTimeline(checked.value, { now }) };
}
