import { seededRandom } from './seeded-random';

/**
 * Stochastic multicriteria acceptability analysis (SMAA-2, Lahdelma & Salminen 2001) for the
 * weighted sum: draw many plausible weight vectors, rank the alternatives under each, and count.
 * It answers "how often would this offer come first if my weights were a little different?".
 */

/** Where weights are drawn from. Every kind draws weight vectors that add up to 1. */
export type SmaaWeights =
  /** Uniform over every weighting (nothing known about the weights). */
  | { kind: 'uniform' }
  /**
   * Uniform over the weightings that respect an importance order: `order` lists criterion
   * indices from most to least important (how rank-order weighting reads the priority list).
   */
  | { kind: 'ranked'; order: readonly number[] }
  /**
   * Around stated weights: each weight moves up or down by up to `spread` (a fraction of itself,
   * default 0.25), independently and uniformly, and the vector is rescaled to add up to 1.
   */
  | { kind: 'around'; center: readonly number[]; spread?: number };

export interface SmaaOptions {
  /** Weight vectors to draw; 10,000 by default. */
  samples?: number;
  /** Same seed, same numbers. 1 by default. */
  seed?: number;
  weights?: SmaaWeights;
}

export interface SmaaResult {
  /** `[alternative][rank − 1]`: share of samples in which the alternative takes that rank (ties share the better rank). */
  rankAcceptability: number[][];
  /** Per alternative: the average weight vector among the samples where it comes first; all zeros if it never does. */
  centralWeights: number[][];
  /**
   * Per alternative: SMAA-2's confidence factor, the share of outcomes in which it comes first
   * when its own central weights are used. Values are taken as exact, so this is 1 for any
   * alternative that can come first at all, and 0 otherwise.
   */
  confidence: number[];
}

export const SMAA_DEFAULT_SAMPLES = 10_000;
export const SMAA_DEFAULT_SPREAD = 0.25;
const TIE_TOLERANCE = 1e-12;

/**
 * @param values alternatives × criteria, each already on 0–1 (higher is better)
 * @example
 * smaa([[0.8, 0.2], [0.3, 0.6]], { seed: 1 }).rankAcceptability[0][0] //=> ≈ 0.556 (exactly 5/9)
 */
export function smaa(values: number[][], options: SmaaOptions = {}): SmaaResult {
  const m = values.length;
  const n = values[0]?.length ?? 0;
  const samples = options.samples ?? SMAA_DEFAULT_SAMPLES;
  if (!Number.isInteger(samples) || samples < 1)
    throw new RangeError(`smaa needs a positive whole number of samples, got ${samples}`);
  if (values.some((row) => row.length !== n))
    throw new RangeError('smaa needs the same number of criteria for every alternative');
  const drawWeights = weightSampler(n, options.weights ?? { kind: 'uniform' }, options.seed ?? 1);

  const flat = Float64Array.from(values.flat());
  const rankCounts = new Float64Array(m * m);
  const centralSums = new Float64Array(m * n);
  const firstCounts = new Float64Array(m);
  const w = new Float64Array(n);
  const scores = new Float64Array(m);

  for (let s = 0; s < samples; s++) {
    drawWeights(w);
    for (let i = 0; i < m; i++) {
      let score = 0;
      for (let j = 0; j < n; j++) score += (flat[i * n + j] as number) * (w[j] as number);
      scores[i] = score;
    }
    for (let i = 0; i < m; i++) {
      const own = (scores[i] as number) + TIE_TOLERANCE;
      let better = 0;
      for (let k = 0; k < m; k++) if ((scores[k] as number) > own) better++;
      rankCounts[i * m + better] = (rankCounts[i * m + better] as number) + 1;
      if (better === 0) {
        firstCounts[i] = (firstCounts[i] as number) + 1;
        for (let j = 0; j < n; j++)
          centralSums[i * n + j] = (centralSums[i * n + j] as number) + (w[j] as number);
      }
    }
  }

  const rankAcceptability = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, r) => (rankCounts[i * m + r] as number) / samples),
  );
  const centralWeights = Array.from({ length: m }, (_, i) => {
    const count = firstCounts[i] as number;
    return Array.from({ length: n }, (_, j) =>
      count > 0 ? (centralSums[i * n + j] as number) / count : 0,
    );
  });
  const confidence = centralWeights.map((central, i) =>
    (firstCounts[i] as number) > 0 && comesFirst(values, central, i) ? 1 : 0,
  );
  return { rankAcceptability, centralWeights, confidence };
}

function comesFirst(values: number[][], weights: readonly number[], i: number): boolean {
  const score = (row: readonly number[]) =>
    row.reduce((sum, v, j) => sum + v * (weights[j] as number), 0);
  const own = score(values[i] as number[]) + TIE_TOLERANCE;
  return values.every((row) => score(row) <= own);
}

/**
 * Returns a function that fills `out` with one weight vector. Uniform draws on the simplex use
 * normalised exponential variates (a flat Dirichlet); the ranked kind sorts such a draw and hands
 * the largest weight to the most important criterion, which is uniform over the ordered region.
 */
export function weightSampler(
  n: number,
  weights: SmaaWeights,
  seed: number,
): (out: Float64Array) => void {
  const random = seededRandom(seed);
  const uniformSimplex = (out: Float64Array) => {
    let total = 0;
    for (let j = 0; j < n; j++) {
      const e = -Math.log(1 - random());
      out[j] = e;
      total += e;
    }
    for (let j = 0; j < n; j++) out[j] = (out[j] as number) / total;
  };

  switch (weights.kind) {
    case 'uniform':
      return uniformSimplex;
    case 'ranked': {
      const order = weights.order;
      if (order.length !== n || new Set(order).size !== n || order.some((j) => j < 0 || j >= n))
        throw new RangeError('a ranked weighting must list every criterion index once');
      const sorted = new Float64Array(n);
      return (out) => {
        uniformSimplex(sorted);
        sorted.sort();
        for (let k = 0; k < n; k++) out[order[k] as number] = sorted[n - 1 - k] as number;
      };
    }
    case 'around': {
      const { center } = weights;
      const spread = weights.spread ?? SMAA_DEFAULT_SPREAD;
      if (center.length !== n) throw new RangeError('the centre needs one weight per criterion');
      if (!(spread >= 0 && spread < 1)) throw new RangeError('spread must be in [0, 1)');
      return (out) => {
        let total = 0;
        for (let j = 0; j < n; j++) {
          const w = (center[j] as number) * (1 + spread * (2 * random() - 1));
          out[j] = w;
          total += w;
        }
        for (let j = 0; j < n; j++) out[j] = (out[j] as number) / total;
      };
    }
  }
}
