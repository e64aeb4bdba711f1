import {
  buildTimeline,
  type Evaluation,
  evaluate,
  type Result,
  sensitivity,
  type Timeline,
  type Workspace,
} from '@offerwise/core';
import { computeChecked } from '../../../workspace/check';

export interface DecisionSummary {
  evaluation: Evaluation;
  /** How robust the ranking is, in core's words (first line of its advice). */
  robustness: string | null;
  nextActions: string[];
  timeline: Timeline;
  /** What has happened so far, newest first, across offers. */
  events: { at: string; company: string; type: string; note: string | null }[];
}

/** The one-page report's content, all computed by core from the stored workspace. */
export function decisionSummary(document: Workspace, now: Date): Result<DecisionSummary> {
  return computeChecked(document, (valid) => summaryOf(valid, now));
}

function summaryOf(workspace: Workspace, now: Date): DecisionSummary {
  const evaluation = evaluate(workspace, { now });
  const report = evaluation.offers.length > 1 ? sensitivity(evaluation) : null;
  const timeline = buildTimeline(workspace, { now });
  const events = workspace.offers
    .flatMap((offer) =>
      (offer.history ?? []).map((e) => ({
        at: e.at,
        company: offer.company,
        type: e.type,
        note: e.note ?? null,
      })),
    )
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return {
    evaluation,
    robustness: report?.advice[0] ?? null,
    nextActions: timeline.nextActions,
    timeline,
    events,
  };
}
