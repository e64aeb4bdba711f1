import {
  type Evaluation,
  evaluate,
  type NegotiationPlan,
  negotiationPlan,
  type Result,
  type SensitivityReport,
  sensitivity,
  type Workspace,
} from '@offerwise/core';
import { computeChecked } from '../../../workspace/check';

export interface NegotiationAnalysis {
  evaluation: Evaluation;
  report: SensitivityReport;
  plans: NegotiationPlan[];
}

/**
 * Step 4 in one pass through core: the evaluation, how robust its ranking is (weight stability,
 * rank acceptability over sampled weightings, a second opinion) and each offer's negotiation
 * plan. Seeded, so the same workspace always shows the same shares.
 */
export function negotiationAnalysis(document: Workspace, now: Date): Result<NegotiationAnalysis> {
  return computeChecked(document, (valid) => {
    const evaluation = evaluate(valid, { now });
    const report = sensitivity(evaluation);
    const plans = evaluation.offers.flatMap((offer) => {
      const plan = negotiationPlan(valid, evaluation, offer.id);
      return plan ? [plan] : [];
    });
    return { evaluation, report, plans };
  });
}
