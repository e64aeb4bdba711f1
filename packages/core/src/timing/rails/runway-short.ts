import { runway } from '../runway';
import { startFeasibility } from '../start-feasibility';
import type { GuardRailRule } from './rail';

/** Months without pay between jobs that savings do not cover. */
export const runwayShort: GuardRailRule = {
  code: 'runway-short',
  check: ({ open, accepted, workspace, now }) =>
    [...open, ...accepted].flatMap(({ offer }) => {
      const money = runway(workspace, startFeasibility(workspace, offer, now));
      if (!money.short) return [];
      return [
        {
          severity: 'warning' as const,
          offerId: offer.id,
          reason: money.text,
          nextStep:
            'Plan the gap: ask for a sign-on advance or an earlier first payroll, or keep working longer.',
        },
      ];
    }),
};
