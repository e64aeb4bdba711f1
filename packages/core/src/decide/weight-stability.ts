/**
 * Weight stability for the weighted sum: for each criterion, how far its weight can move (the
 * other weights rescaled in proportion, so they keep their ratios and all still add up to 1)
 * before the alternative that ranks first loses first place.
 */

export interface WeightInterval {
  criterion: number;
  /** Lowest weight (0–1) at which the current leader is still first. */
  lower: number;
  /** Highest weight (0–1) at which the current leader is still first. */
  upper: number;
  /** Index of the alternative that ties the leader at `lower`; null if the leader holds down to 0. */
  lowerRival: number | null;
  /** Index of the alternative that ties the leader at `upper`; null if the leader holds up to 1. */
  upperRival: number | null;
}

const TOLERANCE = 1e-12;

/**
 * @param values alternatives × criteria, each on 0–1
 * @param weights one per criterion, adding up to 1
 * @returns one interval per criterion, for the alternative with the highest weighted sum (the
 *   first of them if several tie)
 * @example
 * weightStability([[0.8, 0.2], [0.3, 0.6]], [0.7, 0.3])
 * //=> [{ criterion: 0, lower: 0.444, upper: 1, lowerRival: 1, upperRival: null }, { criterion: 1, lower: 0, upper: 0.556, … }]
 */
export function weightStability(values: number[][], weights: number[]): WeightInterval[] {
  const scores = values.map((row) => row.reduce((sum, v, j) => sum + v * (weights[j] ?? 0), 0));
  const leader = scores.reduce((best, s, i) => (s > (scores[best] as number) ? i : best), 0);
  const lead = values[leader];
  if (!lead) return [];

  return weights.map((current, j) => {
    const interval: WeightInterval = {
      criterion: j,
      lower: 0,
      upper: 1,
      lowerRival: null,
      upperRival: null,
    };
    // With weight t on j, an alternative scores t·v_j + (1 − t)·rest, where `rest` is its score
    // on the other criteria at their current proportions. The leader's margin over a rival is
    // therefore a straight line in t, positive at the current weight.
    const rest = (row: number[], score: number) =>
      current < 1 - TOLERANCE
        ? (score - current * (row[j] as number)) / (1 - current)
        : row.reduce((sum, v, k) => (k === j ? sum : sum + v), 0) / Math.max(1, row.length - 1);
    const leadRest = rest(lead, scores[leader] as number);
    values.forEach((row, a) => {
      if (a === leader) return;
      const atZero = leadRest - rest(row, scores[a] as number);
      const atOne = (lead[j] as number) - (row[j] as number);
      const slope = atOne - atZero;
      if (Math.abs(slope) < TOLERANCE) return;
      const crossing = atZero / (atZero - atOne);
      if (slope > 0 && crossing > interval.lower && crossing <= current + TOLERANCE) {
        interval.lower = Math.min(crossing, current);
        interval.lowerRival = a;
      } else if (slope < 0 && crossing < interval.upper && crossing >= current - TOLERANCE) {
        interval.upper = Math.max(crossing, current);
        interval.upperRival = a;
      }
    });
    return interval;
  });
}
