import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in [0, 1) with a mean and spread close to a uniform distribution', () => {
    const next = seededRandom(123);
    const n = 100_000;
    let sum = 0;
    let sumSquares = 0;
    let low = 1;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const u = next();
      low = Math.min(low, u);
      high = Math.max(high, u);
      sum += u;
      sumSquares += u * u;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    // Uniform(0, 1): mean 1/2, variance 1/12; the mean's standard error is about 0.0009.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(sumSquares / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});
