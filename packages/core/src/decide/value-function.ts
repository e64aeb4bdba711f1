/**
 * Value functions map a raw measure (euros, minutes, a 1–5 rating) onto 0–1, where 1 is the best
 * the user cares about. Cases from the R package `smaa` (smaa.pvf) are the tests' fixtures.
 */

/**
 * Linear between `worst` (0) and `best` (1); either may be the larger. Clipped to 0–1.
 *
 * @example
 * linearValue(30, { worst: 90, best: 0 }) //=> 0.6667
 */
export function linearValue(x: number, scale: { worst: number; best: number }): number {
  return clip01((x - scale.worst) / (scale.best - scale.worst));
}

/**
 * Piecewise-linear through `points` ([x, value] sorted by x). Outside the points the end values
 * hold, unless `extrapolate` extends the first and last segments.
 *
 * @example
 * piecewiseValue(60, [[50, 1], [75, 0.8], [90, 0.5], [100, 0]]) //=> 0.92
 */
export function piecewiseValue(
  x: number,
  points: readonly (readonly [number, number])[],
  options: { extrapolate?: boolean } = {},
): number {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error('piecewiseValue needs at least one point');
  if (points.length === 1) return first[1];
  if (!options.extrapolate) {
    if (x <= first[0]) return first[1];
    if (x >= last[0]) return last[1];
  }
  let k = 1;
  while (k < points.length - 1 && x > (points[k] as readonly [number, number])[0]) k++;
  const [x0, v0] = points[k - 1] as readonly [number, number];
  const [x1, v1] = points[k] as readonly [number, number];
  return v0 + ((x - x0) / (x1 - x0)) * (v1 - v0);
}

function clip01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
