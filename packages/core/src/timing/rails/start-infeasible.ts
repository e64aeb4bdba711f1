import { startFeasibility } from '../start-feasibility';
import type { GuardRailRule } from './rail';

/** A start date that notice, visa and move cannot meet must be renegotiated before resigning. */
export const startInfeasible: GuardRailRule = {
  code: 'start-infeasible',
  check: ({ open, accepted, workspace, now }) =>
    [...open, ...accepted].flatMap(({ offer, life }) => {
      const feasibility = startFeasibility(workspace, offer, now);
      if (feasibility.feasible !== false) return [];
      return [
        {
          severity: 'warning' as const,
          offerId: offer.id,
          reason: `${offer.company}'s start date, ${feasibility.offeredStart}, is ${feasibility.shortByDays} days before your earliest possible start, ${feasibility.earliestStart}${feasibility.cause === 'visa' ? ', because of the visa' : ''}.`,
          nextStep: `Ask ${offer.company} for a start on or after ${feasibility.earliestStart}${life.state.status === 'accepted' ? ' before you resign' : ' as part of your reply'}.`,
        },
      ];
    }),
};
