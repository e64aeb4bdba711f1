import type { GuardRailRule } from './rail';

/** The step, worded once for the rail and the timeline entry. */
export const declineNow = (company: string) =>
  `Decline ${company} now: nothing else is planned for it.`;

/**
 * An offer that fails one of your non-negotiables is a no already: say so now, so the employer
 * can move on and no plan (extension, resignation date) is built around it.
 */
export const dealBreaker: GuardRailRule = {
  code: 'deal-breaker',
  check: ({ open, screenedOut }) =>
    open.flatMap(({ offer, index }) => {
      const reasons = screenedOut.get(offer.id);
      if (!reasons) return [];
      return [
        {
          severity: 'urgent' as const,
          offerId: offer.id,
          path: `offers[${index}]`,
          reason: `${offer.company} fails a non-negotiable: ${reasons.join(' ')}`,
          nextStep: declineNow(offer.company),
          draft: 'decline' as const,
        },
      ];
    }),
};
