import { formatNumber } from '../workspace/format';

/**
 * Analytic hierarchy process (Saaty 1980): weights from a pairwise matrix where `matrix[i][j]`
 * says how many times more important criterion i is than criterion j (so `matrix[j][i]` is its
 * reciprocal). Weights are the principal eigenvector, found by power iteration.
 */

/** Which random-index table `cr` divides by; shown beside every consistency ratio. */
export const AHP_RANDOM_INDEX_TABLE = 'Saaty_1980_pyDecision';

/**
 * Saaty's random consistency index by matrix size, as in Valdecy/pyDecision ahp.py (copied from
 * ../shared/reference/mcda-public.json, "ahp-random-index-tables"). Index = n − 1.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Saaty's rule of thumb: judgments with a consistency ratio above this should be revisited. */
export const AHP_CR_THRESHOLD = 0.1;

const MAX_ITERATIONS = 1000;
const CONVERGED = 1e-13;

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

/**
 * Principal-eigenvector weights, λmax, consistency index CI = (λmax − n)/(n − 1) and ratio
 * CR = CI / RI(n). CR is 0 for n ≤ 2, where any reciprocal matrix is consistent.
 *
 * @example
 * ahp([[1, 3], [1 / 3, 1]]) //=> { weights: [0.75, 0.25], lambdaMax: 2, ci: 0, cr: 0 }
 */
export function ahp(matrix: number[][]): AhpResult {
  const n = matrix.length;
  if (n < 1 || n > SAATY_RANDOM_INDEX.length)
    throw new RangeError(`ahp needs 1 to ${SAATY_RANDOM_INDEX.length} criteria, got ${n}`);
  for (const row of matrix) {
    if (row.length !== n)
      throw new RangeError(`ahp needs a square matrix, got a row of ${row.length}`);
    if (row.some((a) => !(a > 0) || !Number.isFinite(a)))
      throw new RangeError('ahp needs positive, finite judgments');
  }

  let weights: number[] = new Array(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = multiply(matrix, weights);
    const total = next.reduce((a, b) => a + b, 0);
    for (let i = 0; i < n; i++) next[i] = (next[i] as number) / total;
    const change = next.reduce(
      (max, w, i) => Math.max(max, Math.abs(w - (weights[i] as number))),
      0,
    );
    weights = next;
    if (change < CONVERGED) break;
  }
  const product = multiply(matrix, weights);
  const lambdaMax = product.reduce((sum, p, i) => sum + p / (weights[i] as number), 0) / n;
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = SAATY_RANDOM_INDEX[n - 1] ?? 0;
  return { weights, lambdaMax, ci, cr: ri > 0 ? ci / ri : 0 };
}

/**
 * The judgment that disagrees most with the weights the whole matrix implies: the pair (i, j)
 * whose stated ratio `matrix[i][j]` is furthest, by factor, from `weights[i] / weights[j]`.
 * Revisiting it first usually brings CR down fastest.
 */
export function mostInconsistentPair(
  matrix: number[][],
  weights: readonly number[],
): { i: number; j: number; stated: number; implied: number } | null {
  let worst: { i: number; j: number; stated: number; implied: number } | null = null;
  let worstGap = 0;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const stated = matrix[i]?.[j] as number;
      const implied = (weights[i] as number) / (weights[j] as number);
      const gap = Math.abs(Math.log(stated / implied));
      if (gap > worstGap) {
        worstGap = gap;
        worst = { i, j, stated, implied };
      }
    }
  }
  return worst;
}

function multiply(matrix: number[][], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, a, j) => sum + a * (vector[j] as number), 0));
}

export interface AhpConsistency {
  lambdaMax: number;
  ci: number;
  cr: number;
  randomIndex: number;
  randomIndexTable: typeof AHP_RANDOM_INDEX_TABLE;
  threshold: number;
  acceptable: boolean;
  /** The judgment to revisit first, by priority id. */
  mostInconsistent: { first: string; second: string; stated: number; implied: number } | null;
  /** Set when CR is above the threshold: what is wrong and what to do, in words. */
  warning: string | null;
}

/** The consistency figures of a pairwise matrix over `priorities`, with a warning when CR > 0.10. */
export function ahpConsistency(
  matrix: number[][],
  priorities: readonly { id: string; label: string }[],
  result: AhpResult = ahp(matrix),
): AhpConsistency {
  const randomIndex = SAATY_RANDOM_INDEX[matrix.length - 1] ?? 0;
  const pair = mostInconsistentPair(matrix, result.weights);
  const first = pair ? priorities[pair.i] : undefined;
  const second = pair ? priorities[pair.j] : undefined;
  const acceptable = result.cr <= AHP_CR_THRESHOLD;
  const ratio = (x: number) => (x >= 1 ? formatNumber(x, 1) : `1/${formatNumber(1 / x, 1)}`);
  const warning =
    acceptable || !pair || !first || !second
      ? null
      : `Your pairwise comparisons contradict each other more than Saaty's rule allows (consistency ratio ${formatNumber(result.cr, 2)}, above ${AHP_CR_THRESHOLD}). ` +
        `Revisit "${first.label}" against "${second.label}" first: you rated it ${ratio(pair.stated)}, while your other answers imply about ${ratio(pair.implied)}.`;
  return {
    lambdaMax: result.lambdaMax,
    ci: result.ci,
    cr: result.cr,
    randomIndex,
    randomIndexTable: AHP_RANDOM_INDEX_TABLE,
    threshold: AHP_CR_THRESHOLD,
    acceptable,
    mostInconsistent:
      pair && first && second
        ? { first: first.id, second: second.id, stated: pair.stated, implied: pair.implied }
        : null,
    warning,
  };
}
