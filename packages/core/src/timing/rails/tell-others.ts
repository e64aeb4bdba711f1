import { type GuardRailRule, othersStillOpen } from './rail';

/** Once signed, every other company deserves a prompt answer: never ghost. */
export const tellOthers: GuardRailRule = {
  code: 'tell-others',
  check: (context) =>
    context.accepted.flatMap(({ offer, life }) => {
      const others = othersStillOpen(context, offer.id);
      if (!life.state.signed || others.length === 0) return [];
      return [
        {
          severity: 'urgent' as const,
          offerId: offer.id,
          reason: `${offer.company} is signed and ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} still waiting for your answer.`,
          nextStep: 'Tell them now, politely and briefly; the decline drafts are ready.',
          draft: 'decline' as const,
        },
      ];
    }),
};
