import { type StartFeasibility, startFeasibility } from '../start-feasibility';
import type { GuardRailRule } from './rail';

/** Which step makes the start too early, and by how many days each when both do. */
function splitText(f: StartFeasibility): string {
  const { visaDays, noticeAndMoveDays } = f.shortBy;
  if (visaDays > 0 && noticeAndMoveDays > 0)
    return `: the visa accounts for ${visaDays} of those days, your notice and move for ${noticeAndMoveDays}`;
  if (visaDays > 0) return ', because of the visa';
  return f.cause === 'move'
    ? ', because of the move after your notice'
    : ', because of your notice period';
}

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
          reason: `${offer.company}'s start date, ${feasibility.offeredStart}, is ${feasibility.shortByDays} days before your earliest possible start, ${feasibility.earliestStart}${splitText(feasibility)}.`,
          nextStep: `Ask ${offer.company} for a start on or after ${feasibility.earliestStart}${life.state.status === 'accepted' ? ' before you resign' : ' as part of your reply'}.`,
        },
      ];
    }),
};
