import { buildTimeline, type Timeline, type Workspace } from '@offerwise/core';
import { computeChecked } from './check';

/** Core's dated plan for a document being edited, or null while it is not valid. */
export function timelineOf(document: Workspace, now: Date): Timeline | null {
  const planned = computeChecked(document, (valid) => buildTimeline(valid, { now }));
  return planned.ok ? planned.value : null;
}
