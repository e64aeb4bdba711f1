import type { Offer, Workspace } from '../src/workspace/document';
import { exampleWorkspace } from './example-workspaces';

/**
 * Ana's workspace from examples/international-move.yaml (the one source for it), with the changes
 * a test names: Ana in Berlin choosing between a London offer that needs a UK Skilled Worker visa
 * and a Munich one that needs none. Each offer's changes replace whole top-level fields.
 */
export function anaWorkspace(
  changes: {
    thamesbank?: Partial<Offer>;
    alpenwerk?: Partial<Offer>;
    profile?: Partial<Workspace['profile']>;
    priorities?: Workspace['priorities'];
    weighting?: Workspace['weighting'];
  } = {},
): Workspace {
  const example = structuredClone(exampleWorkspace('international-move.yaml'));
  return {
    ...example,
    profile: { ...example.profile, ...changes.profile },
    priorities: changes.priorities ?? example.priorities,
    weighting: 'weighting' in changes ? changes.weighting : example.weighting,
    offers: example.offers.map((offer) => ({
      ...offer,
      ...(offer.id === 'thamesbank' ? changes.thamesbank : {}),
      ...(offer.id === 'alpenwerk' ? changes.alpenwerk : {}),
    })),
  };
}

/** Wednesday 25 November 2026, 10:00 in Berlin. */
export const NOW = new Date('2026-11-25T09:00:00Z');

/**
 * A close race for the counter-offer tests: pay at market rates, family and growth, ranked in that
 * order; London pays £80,000, Munich €98,000. Alpenwerk leads on family (4 vs 3) and pay, Thames
 * on growth.
 */
export function anaRace(
  changes: { thamesbank?: Partial<Offer>; alpenwerk?: Partial<Offer> } = {},
): Workspace {
  return anaWorkspace({
    priorities: [
      {
        id: 'pay',
        label: 'Pay (4-year average)',
        measure: 'pay-avg-4y',
        worst: 80000,
        best: 160000,
      },
      { id: 'family', label: 'Good for partner and child', measure: 'rating' },
      { id: 'growth', label: 'Skills and growth', measure: 'rating' },
    ],
    weighting: undefined,
    thamesbank: { pay: { base: 80000 }, ...changes.thamesbank },
    alpenwerk: { pay: { base: 98000 }, ...changes.alpenwerk },
  });
}
