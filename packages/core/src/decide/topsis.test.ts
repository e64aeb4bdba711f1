import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topsis } from './topsis';

// topsis-npm-readme: npm package "topsis" README (libraries.io/npm/topsis), via
// ../shared/reference/mcda-public.json. The README publishes the best row [2, 5, 5]; the
// closeness values were derived there with standard vector-normalised TOPSIS (tolerance 1e-4).
const README = {
  matrix: [
    [2, 5, 5],
    [60, 26, 4],
    [20, 20, 4],
    [500, 2, 4],
    [50, 23, 3],
    [25, 10, 1],
  ],
  weights: [0.27, 0.33, 0.4],
  directions: ['cost', 'cost', 'benefit'] as const,
  closeness: [0.9379, 0.5763, 0.6609, 0.4626, 0.5744, 0.6019],
};

describe('topsis', () => {
  it('reproduces the npm topsis README example: [2, 5, 5] is best, with the derived closeness', () => {
    const { closeness, ranks } = topsis(README.matrix, README.weights, [...README.directions]);
    closeness.forEach((c, i) => {
      expect(Math.abs(c - (README.closeness[i] as number))).toBeLessThanOrEqual(1e-4);
    });
    expect(ranks).toEqual([1, 4, 2, 6, 5, 3]);
  });

  it('with min–max normalisation still puts the dominant row first', () => {
    const { ranks } = topsis(README.matrix, README.weights, [...README.directions], {
      normalization: 'minmax',
    });
    expect(ranks[0]).toBe(1);
  });

  it('gives 1 to an alternative that is best on everything and 0 to one that is worst on everything', () => {
    const { closeness, ranks } = topsis(
      [
        [0.9, 0.8],
        [0.5, 0.5],
        [0.1, 0.2],
      ],
      [0.5, 0.5],
      ['benefit', 'benefit'],
    );
    expect(closeness[0]).toBeCloseTo(1, 12);
    expect(closeness[2]).toBeCloseTo(0, 12);
    expect(ranks).toEqual([1, 2, 3]);
  });

  it('shows identical alternatives as a tie', () => {
    const { closeness, ranks } = topsis(
      [
        [1, 2],
        [1, 2],
      ],
      [0.5, 0.5],
      ['benefit', 'cost'],
    );
    expect(closeness).toEqual([0.5, 0.5]);
    expect(ranks).toEqual([1, 1]);
  });

  it('refuses a direction list or row that does not match the weights', () => {
    expect(() => topsis([[1, 2]], [0.5, 0.5], ['benefit'])).toThrow(RangeError);
    expect(() => topsis([[1]], [0.5, 0.5], ['benefit', 'benefit'])).toThrow(RangeError);
  });

  it('keeps closeness in 0–1 and never ranks a dominated alternative above the one that dominates it', () => {
    const rows = fc.array(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      {
        minLength: 2,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom<'vector' | 'minmax'>('vector', 'minmax'),
        (matrix, normalization) => {
          const better = (matrix[0] as number[]).map((x) => x + 0.1);
          const all = [better, ...matrix];
          const { closeness, ranks } = topsis(
            all,
            [0.5, 0.3, 0.2],
            ['benefit', 'benefit', 'benefit'],
            {
              normalization,
            },
          );
          expect(closeness.every((c) => c >= 0 && c <= 1)).toBe(true);
          expect(ranks[0] as number).toBeLessThanOrEqual(ranks[1] as number);
        },
      ),
    );
  });
});
