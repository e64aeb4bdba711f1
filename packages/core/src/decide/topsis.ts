/**
 * TOPSIS (Hwang & Yoon 1981): rank alternatives by how close they sit to an ideal point (the
 * best value seen on every criterion) relative to an anti-ideal one (the worst on every
 * criterion). Offerwise shows it as a second opinion beside the weighted sum.
 */

export type CriterionDirection = 'benefit' | 'cost';

export interface TopsisOptions {
  /** `vector` divides each column by its Euclidean norm (the classic choice); `minmax` rescales each column to 0–1. */
  normalization?: 'vector' | 'minmax';
}

export interface TopsisResult {
  /** Relative closeness to the ideal, 0–1; higher is better. */
  closeness: number[];
  /** 1-based competition ranks per alternative; equal closeness shares a rank. */
  ranks: number[];
}

const TIE_TOLERANCE = 1e-9;

/**
 * @param matrix alternatives × criteria, raw values
 * @example
 * topsis([[2, 5, 5], [60, 26, 4]], [0.27, 0.33, 0.4], ['cost', 'cost', 'benefit']).ranks //=> [1, 2]
 */
export function topsis(
  matrix: number[][],
  weights: number[],
  directions: CriterionDirection[],
  options: TopsisOptions = {},
): TopsisResult {
  const criteria = weights.length;
  if (directions.length !== criteria) throw new RangeError('topsis needs one direction per weight');
  if (matrix.some((row) => row.length !== criteria))
    throw new RangeError('topsis needs one value per criterion in every row');

  const weighted = matrix.map((row) => row.map(() => 0));
  for (let j = 0; j < criteria; j++) {
    const column = matrix.map((row) => row[j] as number);
    const normalised = normalise(column, directions[j] as CriterionDirection, options);
    normalised.forEach((r, i) => {
      (weighted[i] as number[])[j] = r * (weights[j] as number);
    });
  }

  // After min–max every column is "higher is better"; after vector normalisation costs keep their sign.
  const benefit = (j: number) => options.normalization === 'minmax' || directions[j] === 'benefit';
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < criteria; j++) {
    const column = weighted.map((row) => row[j] as number);
    const high = Math.max(...column);
    const low = Math.min(...column);
    ideal.push(benefit(j) ? high : low);
    antiIdeal.push(benefit(j) ? low : high);
  }

  const closeness = weighted.map((row) => {
    const toIdeal = distance(row, ideal);
    const toAnti = distance(row, antiIdeal);
    // Only when ideal and anti-ideal coincide, i.e. every alternative is the same: all tie.
    return toIdeal + toAnti === 0 ? 0.5 : toAnti / (toIdeal + toAnti);
  });
  const ranks = closeness.map(
    (c) => closeness.filter((other) => other > c + TIE_TOLERANCE).length + 1,
  );
  return { closeness, ranks };
}

function normalise(
  column: number[],
  direction: CriterionDirection,
  options: TopsisOptions,
): number[] {
  if (options.normalization === 'minmax') {
    const low = Math.min(...column);
    const high = Math.max(...column);
    if (high === low) return column.map(() => 1);
    return column.map((x) =>
      direction === 'benefit' ? (x - low) / (high - low) : (high - x) / (high - low),
    );
  }
  const norm = Math.hypot(...column);
  return column.map((x) => (norm === 0 ? 0 : x / norm));
}

function distance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += ((a[j] as number) - (b[j] as number)) ** 2;
  return Math.sqrt(sum);
}
