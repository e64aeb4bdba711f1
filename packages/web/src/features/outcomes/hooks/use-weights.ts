import { formatPct, type Workspace, weightsFor } from '@offerwise/core';
import { useMemo } from 'react';

/** Each priority's normalised weight as core computes it, with its share in words. */
export function useWeights(document: Workspace): Record<string, { weight: number; pct: string }> {
  return useMemo(() => {
    const weighting = document.weighting;
    // While every own weight is 0 there are no weights yet; core rightly refuses to normalise.
    const allZero =
      weighting?.method === 'direct' &&
      document.priorities.every((p) => (weighting.weights[p.id] ?? 0) === 0);
    const weights = allZero ? document.priorities.map(() => 0) : weightsFor(document);
    return Object.fromEntries(
      document.priorities.map((p, i) => {
        const weight = weights[i] ?? 0;
        return [p.id, { weight, pct: formatPct(weight) }];
      }),
    );
  }, [document]);
}
