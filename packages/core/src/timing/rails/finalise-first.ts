import { type GuardRailRule, othersStillOpen } from './rail';

/** A verbal yes is not a contract: sign first, then decline the others. */
export const finaliseFirst: GuardRailRule = {
  code: 'finalise-first',
  check: (context) =>
    context.accepted.flatMap(({ offer, life }) => {
      const others = othersStillOpen(context, offer.id);
      if (life.state.signed || others.length === 0) return [];
      return [
        {
          severity: 'urgent' as const,
          offerId: offer.id,
          reason: `${offer.company} is accepted but not in writing, and ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} still open.`,
          nextStep: `Finalise first: get ${offer.company}'s contract signed, then decline the others.`,
          draft: 'acceptance' as const,
        },
      ];
    }),
};
