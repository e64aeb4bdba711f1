import { type Evaluation, evaluate, type Result, type Workspace } from '@offerwise/core';
import { checkWorkspace } from './check';

/**
 * The evaluation of a document being edited, computed in the browser (no round trip): core's
 * checks first, since evaluate assumes a valid workspace, then core's evaluate. This is all the
 * work a weight slider's move triggers before the grid redraws.
 */
export function liveEvaluation(document: Workspace, now: Date): Result<Evaluation> {
  const checked = checkWorkspace(document);
  if (!checked.ok) return checked;
  return { ok: true, value: evaluate(checked.value, { now }) };
}
