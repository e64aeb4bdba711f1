import { buildTimeline, type Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { liveEvaluation } from '../../../workspace/live-evaluation';
import { decisionPlan } from './decision-plan';

/** The ranking, the plan built from it and the dated timeline, for the document being edited. */
export function useDecisionPlan(document: Workspace) {
  const [now] = useState(() => new Date());
  return useMemo(() => {
    const result = liveEvaluation(document, now);
    if (!result.ok) return null;
    return {
      evaluation: result.value,
      plan: decisionPlan(document, result.value),
      timeline: buildTimeline(document, { now }),
    };
  }, [document, now]);
}
