import { counterMentions } from './counter-offers';
import type { GuardRailRule } from './rail';

/** A counter-offer only counts once it is in writing. */
export const counterOfferVerbal: GuardRailRule = {
  code: 'counter-offer-verbal',
  check: ({ open }) =>
    open.flatMap((entry) => {
      const counters = counterMentions(entry);
      const latest = counters.at(-1);
      if (!latest) return [];
      const writtenLater = counters.some(
        (c) => c.source === 'written' && Date.parse(c.at) >= Date.parse(latest.at),
      );
      if (latest.source === 'written' || writtenLater) return [];
      return [
        {
          severity: 'warning' as const,
          offerId: entry.offer.id,
          path: latest.path,
          reason: `${entry.offer.company}'s counter-offer of ${latest.at.slice(0, 10)} is not in writing.`,
          nextStep: 'Thank them and ask for the new terms in writing before you weigh them.',
          draft: 'counter-offer-request' as const,
        },
      ];
    }),
};
