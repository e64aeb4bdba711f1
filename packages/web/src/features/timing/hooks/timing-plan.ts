import {
  buildTimeline,
  type Result,
  type Timeline,
  validateWorkspace,
  type Workspace,
} from '@offerwise/core';

/** Step 3 through core: the dated plan, warnings and next actions for a valid workspace. */
export function timingPlan(document: Workspace, now: Date): Result<Timeline> {
  const checked = validateWorkspace(document);
  if (!checked.ok) return checked;
  return { ok: true, value: buildTimeline(checked.value, { now }) };
}
