import {
  buildTimeline,
  type Evaluation,
  evaluate,
  type Result,
  sensitivity,
  type Timeline,
  type Workspace,
} from '@offerwise/core';
import { checkWorkspace } from '../../../workspace/check';

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
  const checked = checkWorkspace(document);
  if (!checked.ok) return checked;
  const evaluation = evaluate(checked.value, { now });
  const report = evaluation.offers.length > 1 ? sensitivity(evaluation) : null;
  const timeline = buildTimeline(checked.value, { now });
  const events = checked.value.offers
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
    ok: true,
    value: {
      evaluation,
      robustness: report?.advice[0] ?? null,
      nextActions: timeline.nextActions,
      timeline,
      events,
    },
  };
}
