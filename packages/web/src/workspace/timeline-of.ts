import { buildTimeline, type Timeline, type Workspace } from '@offerwise/core';
import { checkWorkspace } from './check';

/** Core's dated plan for a document being edited, or null while it is not valid. */
export function timelineOf(document: Workspace, now: Date): Timeline | null {
  const checked = checkWorkspace(document);
  return checked.ok ? buildTimeline(checked.value, { now }) : null;
}
