import type { GuardRailRule } from './rail';

/** An open offer past its deadline may have lapsed: ask, rather than assume either way. */
export const deadlinePassed: GuardRailRule = {
  code: 'deadline-passed',
  check: ({ open, now, local }) =>
    open.flatMap(({ offer, life, index }) => {
      if (!offer.deadline || Date.parse(offer.deadline) > now.getTime()) return [];
      const granted = life.state.extension === 'granted';
      return [
        {
          severity: 'urgent' as const,
          offerId: offer.id,
          path: `offers[${index}].deadline`,
          reason: `${offer.company}'s deadline (${local(offer.deadline)}) has passed and the offer is still open${granted ? '; you were given more time' : ''}.`,
          nextStep: granted
            ? 'Write the new deadline into the offer so reminders use it.'
            : `Ask ${offer.company} today whether the offer still stands; record "expired" if it does not.`,
        },
      ];
    }),
};
