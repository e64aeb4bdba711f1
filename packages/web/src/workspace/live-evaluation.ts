import { type Evaluation, evaluate, type Result, type Workspace } from '@offerwise/core';
import { computeChecked } from './check';

/**
 * The evaluation of a document being edited, computed in the browser (no round trip): core's
 * checks first, since evaluate assumes a valid workspace, then core's evaluate. This is all the
 * work a weight slider's move triggers before the grid redraws.
 */
export function liveEvaluation(document: Workspace, now: Date): Result<Evaluation> {
  return computeChecked(document, (valid) => evaluate(valid, { now }));
}
