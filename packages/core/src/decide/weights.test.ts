import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWeights, rocWeights } from './weights';

// surrogate-weights-roc-rs-rr: ROC formula (Barron & Barrett 1996), table to 4 dp from
// ../shared/reference/mcda-public.json; the n = 4 row matches Chang (2004) as cited on couryes.com
// (0.52, 0.27, 0.15, 0.06). Cross-checked against Valdecy/pyDecision roc.py. Tolerance 5e-5.
const ROC_TABLE: Record<number, number[]> = {
  2: [0.75, 0.25],
  3: [0.6111, 0.2778, 0.1111],
  4: [0.5208, 0.2708, 0.1458, 0.0625],
  5: [0.4567, 0.2567, 0.1567, 0.09, 0.04],
  6: [0.4083, 0.2417, 0.1583, 0.1028, 0.0611, 0.0278],
  7: [0.3704, 0.2276, 0.1561, 0.1085, 0.0728, 0.0442, 0.0204],
  8: [0.3397, 0.2147, 0.1522, 0.1106, 0.0793, 0.0543, 0.0335, 0.0156],
  9: [0.3143, 0.2032, 0.1477, 0.1106, 0.0828, 0.0606, 0.0421, 0.0262, 0.0123],
  10: [0.2929, 0.1929, 0.1429, 0.1096, 0.0846, 0.0646, 0.0479, 0.0336, 0.0211, 0.01],
};

describe('rocWeights', () => {
  it.each(Object.entries(ROC_TABLE))('matches the published table for n = %s', (n, expected) => {
    const weights = rocWeights(Number(n));
    expect(weights).toHaveLength(expected.length);
    weights.forEach((w, i) => {
      expect(Math.abs(w - (expected[i] ?? Number.NaN))).toBeLessThanOrEqual(5e-5);
    });
  });

  it('rounds to Chang’s published two-decimal values for four priorities', () => {
    expect(rocWeights(4).map((w) => Math.round(w * 100) / 100)).toEqual([0.52, 0.27, 0.15, 0.06]);
  });

  it('gives a single priority all the weight', () => {
    expect(rocWeights(1)).toEqual([1]);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => rocWeights(0)).toThrow(RangeError);
    expect(() => rocWeights(2.5)).toThrow(RangeError);
  });

  it('always sums to 1 and decreases with rank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const weights = rocWeights(n);
        expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let i = 1; i < n; i++) expect(weights[i]).toBeLessThan(weights[i - 1] ?? 0);
      }),
    );
  });
});

describe('normaliseWeights', () => {
  it('scales direct weights to sum to 1', () => {
    expect(normaliseWeights([40, 30, 20, 10])).toEqual([0.4, 0.3, 0.2, 0.1]);
  });

  it('sums to 1 for any non-negative weights with a positive total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (raw) => {
          fc.pre(raw.some((w) => w > 1e-6));
          expect(normaliseWeights(raw).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('refuses weights that are all zero', () => {
    expect(() => normaliseWeights([0, 0])).toThrow(RangeError);
  });
});
