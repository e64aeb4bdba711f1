import type { GuardRailRule } from './rail';

/**
 * A verbal promise of visa sponsorship is not one: get it in writing before you accept or sign,
 * because a withdrawn sponsorship after you resign leaves you with no job at all.
 */
export const sponsorshipInWriting: GuardRailRule = {
  code: 'sponsorship-in-writing',
  check: ({ open, accepted }) =>
    [...open, ...accepted].flatMap(({ offer, life, index }) => {
      const visa = offer.visa;
      if (!visa?.required || visa.sponsorship === 'written' || life.state.signed) return [];
      const none = visa.sponsorship === 'none';
      return [
        {
          severity: none ? ('urgent' as const) : ('warning' as const),
          offerId: offer.id,
          path: `offers[${index}].visa.sponsorship`,
          reason: none
            ? `${offer.company}'s role needs a visa${visa.route ? ` (${visa.route})` : ''} and they have not offered to sponsor it.`
            : `${offer.company}'s role needs a visa${visa.route ? ` (${visa.route})` : ''}, and the sponsorship is ${visa.sponsorship === 'verbal' ? 'only promised verbally' : 'not confirmed'}.`,
          nextStep: `Get ${offer.company}'s visa sponsorship confirmed in writing before you accept or sign anything.`,
        },
      ];
    }),
};
