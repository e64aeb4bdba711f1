import { formatNumber } from '../../workspace/format';

/** A progressive schedule: [from, rate] pairs in increasing order of `from`, rates as fractions. */
export type Brackets = [from: number, rate: number][];

/**
 * Tax on `amount` under a progressive schedule: each rate applies only to the slice of the
 * amount inside its band.
 *
 * @example
 * progressiveTax(83900, [[0, 0.1], [12400, 0.12], [50400, 0.22]]) //=> 13170
 */
export function progressiveTax(amount: number, brackets: Brackets): number {
  let tax = 0;
  brackets.forEach(([from, rate], i) => {
    const to = brackets[i + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    if (amount > from) tax += (Math.min(amount, to) - from) * rate;
  });
  return tax;
}

/** The rate of the band `amount` falls in (the rate on the next unit). */
export function bandRate(amount: number, brackets: Brackets): number {
  let rate = 0;
  for (const [from, r] of brackets) if (amount >= from) rate = r;
  return rate;
}

/** Pounds, dollars or euros with separators and no decimals, for "how" lines (cached formatter). */
export function whole(n: number): string {
  return formatNumber(Math.round(n), 0);
}

/** "22 %" or "5.525 %". */
export function pct(rate: number): string {
  return `${Number((rate * 100).toFixed(4))} %`;
}
