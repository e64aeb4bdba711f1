import { buildTimeline, type Timeline, validateWorkspace, type Workspace } from '@offerwise/core';

/** Core's dated plan for a document being edited, or null while it is not valid. */
export function timelineOf(document: Workspace, now: Date): Timeline | null {
  const checked = validateWorkspace(document);
  return checked.ok ? buildTimeline(checked.value, { now }) : null;
}
