import { decidingFigures, unwrittenFigures } from '../../workspace/figure-source';
import type { GuardRailRule } from './rail';

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Accepting or signing while a deciding figure (base, equity, sign-on, relocation, start date,
 * visa sponsorship) is only verbal or an estimate: what was said on a call is easy to lose.
 */
export const notInWriting: GuardRailRule = {
  code: 'not-in-writing',
  check: ({ open, accepted }) =>
    [...open, ...accepted].flatMap(({ offer, index, life }) => {
      if (life.state.signed) return [];
      const unwritten = unwrittenFigures(offer, decidingFigures);
      if (unwritten.length === 0) return [];
      const verbal = unwritten.filter((f) => f.origin === 'verbal').map((f) => f.label);
      const estimate = unwritten.filter((f) => f.origin === 'estimate').map((f) => f.label);
      const parts = [
        verbal.length ? `${list(verbal)} ${verbal.length === 1 ? 'is' : 'are'} only verbal` : '',
        estimate.length
          ? `${list(estimate)} ${estimate.length === 1 ? 'is an estimate' : 'are estimates'}`
          : '',
      ].filter(Boolean);
      return [
        {
          severity: 'warning' as const,
          offerId: offer.id,
          path: `offers[${index}].sources`,
          reason: `${offer.company}: ${parts.join('; ')}.`,
          nextStep: `Ask for ${list(unwritten.map((f) => f.label))} in writing before you accept or sign.`,
          draft: 'written-follow-up' as const,
        },
      ];
    }),
};
