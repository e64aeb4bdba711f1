/**
 * Rank-order-centroid weights (Barron & Barrett 1996): w_i = (1/n) Σ_{k=i..n} 1/k for the
 * priority ranked i-th of n. The centroid of all weight vectors consistent with the ranking.
 *
 * @example
 * rocWeights(4) //=> [0.5208, 0.2708, 0.1458, 0.0625]
 */
export function rocWeights(n: number): number[] {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`rocWeights needs a positive whole number, got ${n}`);
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let sum = 0;
    for (let k = i; k <= n; k++) sum += 1 / k;
    weights.push(sum / n);
  }
  return weights;
}

/** Scales non-negative weights to sum to 1. */
export function normaliseWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new RangeError('weights must have a positive sum');
  return weights.map((w) => w / total);
}
