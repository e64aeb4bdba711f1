import { counterMentions } from './counter-offers';
import type { GuardRailRule } from './rail';

/** From this many counter-offers on, each further round costs more goodwill than it wins. */
export const SERIAL_ROUNDS = 2;

/** Round after round of counter-offers reads as never saying yes: the next answer should be final. */
export const serialNegotiation: GuardRailRule = {
  code: 'serial-negotiation',
  check: ({ open }) =>
    open.flatMap((offerLife) => {
      const { offer } = offerLife;
      // One counter-offer may be both listed and in the history: count each instant once.
      const rounds = new Set(counterMentions(offerLife).map((c) => Date.parse(c.at))).size;
      if (rounds < SERIAL_ROUNDS) return [];
      return [
        {
          severity: 'warning' as const,
          offerId: offer.id,
          reason: `${offer.company} has made ${rounds} counter-offers: this is round ${rounds + 1} of a negotiation that keeps going.`,
          nextStep: `Make your next answer to ${offer.company} final: accept or decline, rather than ask again.`,
        },
      ];
    }),
};
