import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smaa, weightSampler } from './smaa';

const SAMPLES = 20_000;
// One standard error of a share p over 20,000 samples is at most 0.0035; allow four.
const SAMPLING_ERROR = 0.014;

function expectNear(actual: number | undefined, exact: number) {
  expect(Math.abs((actual as number) - exact)).toBeLessThanOrEqual(SAMPLING_ERROR);
}

describe('smaa, two criteria, against exact answers', () => {
  // A scores 0.8w + 0.2(1 − w), B 0.3w + 0.6(1 − w): A comes first exactly when w > 4/9.
  const values = [
    [0.8, 0.2],
    [0.3, 0.6],
  ];

  it('with uniform weights: A first in 5/9 of weightings, at a central first weight of 13/18', () => {
    const result = smaa(values, { samples: SAMPLES, seed: 11 });
    expectNear(result.rankAcceptability[0]?.[0], 5 / 9);
    expectNear(result.rankAcceptability[0]?.[1], 4 / 9);
    expectNear(result.rankAcceptability[1]?.[0], 4 / 9);
    // Given A first, w is uniform on (4/9, 1); given B first, on (0, 4/9).
    expectNear(result.centralWeights[0]?.[0], 13 / 18);
    expectNear(result.centralWeights[1]?.[0], 2 / 9);
    expect(result.confidence).toEqual([1, 1]);
  });

  it('with the first criterion ranked above the second: A is always first', () => {
    const result = smaa(values, {
      samples: SAMPLES,
      seed: 11,
      weights: { kind: 'ranked', order: [0, 1] },
    });
    expect(result.rankAcceptability[0]?.[0]).toBe(1);
    expect(result.centralWeights[1]).toEqual([0, 0]);
    expect(result.confidence).toEqual([1, 0]);
  });

  it('around equal weights ± 25 %: A first with probability 27/32', () => {
    // A first ⇔ (1 + a) / (1 + b) > 4/5 with a, b uniform on ±0.25: the corner cut off has area
    // 0.0390625 of 0.25, so P = 1 − 0.15625.
    const result = smaa(values, {
      samples: SAMPLES,
      seed: 11,
      weights: { kind: 'around', center: [0.5, 0.5] },
    });
    expectNear(result.rankAcceptability[0]?.[0], 27 / 32);
  });
});

describe('smaa, three criteria, against exact answers', () => {
  // C scores 0.5 under any weights; A beats it when w1 > 1/2, B when w2 > 1/2. On the uniform
  // simplex P(w1 > t) = (1 − t)², so A and B each come first a quarter of the time.
  const values = [
    [1, 0, 0],
    [0, 1, 0],
    [0.5, 0.5, 0.5],
  ];

  it('with uniform weights: A 1/4, B 1/4, C 1/2 first; C never last', () => {
    const result = smaa(values, { samples: SAMPLES, seed: 5 });
    expectNear(result.rankAcceptability[0]?.[0], 0.25);
    expectNear(result.rankAcceptability[1]?.[0], 0.25);
    expectNear(result.rankAcceptability[2]?.[0], 0.5);
    expect(result.rankAcceptability[2]?.[2]).toBe(0);
    // Given w1 > 1/2, w1 is distributed with density ∝ (1 − w1) on (1/2, 1): mean 2/3.
    expectNear(result.centralWeights[0]?.[0], 2 / 3);
  });

  it('with the order w1 ≥ w2 ≥ w3: A first 3/4, C 1/4, B never', () => {
    const result = smaa(values, {
      samples: SAMPLES,
      seed: 5,
      weights: { kind: 'ranked', order: [0, 1, 2] },
    });
    expectNear(result.rankAcceptability[0]?.[0], 0.75);
    expectNear(result.rankAcceptability[2]?.[0], 0.25);
    expect(result.rankAcceptability[1]?.[0]).toBe(0);
  });
});

describe('smaa', () => {
  const values = [
    [0.9, 0.1, 0.5],
    [0.4, 0.8, 0.3],
    [0.6, 0.5, 0.9],
  ];

  it('gives the same numbers for the same seed and different ones for another seed', () => {
    expect(smaa(values, { samples: 2000, seed: 3 })).toEqual(
      smaa(values, { samples: 2000, seed: 3 }),
    );
    expect(smaa(values, { samples: 2000, seed: 3 })).not.toEqual(
      smaa(values, { samples: 2000, seed: 4 }),
    );
  });

  it('shares out every rank: each row and each column of rank acceptabilities adds up to 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.integer({ min: 0, max: 1000 }),
        (rows, seed) => {
          const { rankAcceptability } = smaa(rows, { samples: 200, seed });
          for (const row of rankAcceptability)
            expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          // Ties share the better rank, so columns add up to at least the first column's share.
          expect(
            rankAcceptability.reduce((sum, row) => sum + (row[0] as number), 0),
          ).toBeGreaterThanOrEqual(1 - 1e-9);
        },
      ),
    );
  });

  it('refuses a bad sample count or ragged values', () => {
    expect(() => smaa(values, { samples: 0 })).toThrow(RangeError);
    expect(() => smaa([[0.1, 0.2], [0.3]])).toThrow(RangeError);
  });
});

describe('weightSampler', () => {
  it('draws weights that add up to 1 and respect a ranked order', () => {
    const draw = weightSampler(4, { kind: 'ranked', order: [2, 0, 3, 1] }, 9);
    const w = new Float64Array(4);
    for (let s = 0; s < 200; s++) {
      draw(w);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(w[2]).toBeGreaterThanOrEqual(w[0] as number);
      expect(w[0]).toBeGreaterThanOrEqual(w[3] as number);
      expect(w[3]).toBeGreaterThanOrEqual(w[1] as number);
    }
  });

  it('keeps each weight within its spread of the centre before rescaling', () => {
    const draw = weightSampler(2, { kind: 'around', center: [0.8, 0.2], spread: 0.1 }, 9);
    const w = new Float64Array(2);
    for (let s = 0; s < 200; s++) {
      draw(w);
      // w1/w2 lies between 0.8·0.9 / (0.2·1.1) and 0.8·1.1 / (0.2·0.9).
      const ratio = (w[0] as number) / (w[1] as number);
      expect(ratio).toBeGreaterThanOrEqual((0.8 * 0.9) / (0.2 * 1.1) - 1e-9);
      expect(ratio).toBeLessThanOrEqual((0.8 * 1.1) / (0.2 * 0.9) + 1e-9);
    }
  });

  it('refuses an order that does not list every criterion once', () => {
    expect(() => weightSampler(3, { kind: 'ranked', order: [0, 0, 1] }, 1)).toThrow(RangeError);
  });
});
