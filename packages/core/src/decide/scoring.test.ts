import { describe, expect, it } from 'vitest';
import type { Priority } from '../workspace/document';
import { breaksNonNegotiable, priorityValue, rankScores, weightedSum } from './scoring';

describe('weightedSum and rankScores on the Wikipedia weighted-sum example', () => {
  // wsm-wikipedia-ties: Wikipedia "Weighted sum model" example (also in scikit-criteria's
  // tests/agg/test_simple.py). Raw same-unit scores, no normalisation; A2 and A3 tie exactly.
  const weights = [0.2, 0.15, 0.4, 0.25];
  const matrix = [
    [25, 20, 15, 30],
    [10, 30, 20, 30],
    [30, 10, 30, 10],
  ];

  it('scores A1 21.5, A2 22 and A3 22', () => {
    const scores = matrix.map((row) => weightedSum(row, weights));
    expect(scores[0]).toBeCloseTo(21.5, 9);
    expect(scores[1]).toBeCloseTo(22, 9);
    expect(scores[2]).toBeCloseTo(22, 9);
  });

  it('shows the tie: A2 and A3 share rank 1 and A1 is third', () => {
    const scores = matrix.map((row) => weightedSum(row, weights));
    expect(rankScores(scores, [true, true, true])).toEqual([3, 1, 1]);
  });
});

describe('rankScores', () => {
  it('leaves screened-out offers unranked and ranks the rest among themselves', () => {
    expect(rankScores([0.9, 0.5, 0.7], [false, true, true])).toEqual([null, 2, 1]);
  });
});

const commute: Priority = {
  id: 'commute',
  label: 'Commute',
  measure: 'number',
  unit: 'min',
  worst: 90,
  best: 0,
  nonNegotiable: { max: 60 },
};

describe('priorityValue and breaksNonNegotiable', () => {
  it('uses the 1–5 scale for ratings unless the priority gives its own', () => {
    expect(priorityValue({ id: 'g', label: 'Growth', measure: 'rating' }, 4)).toBeCloseTo(0.75, 12);
  });

  it('counts a missing measure as 0', () => {
    expect(priorityValue(commute, undefined)).toBe(0);
  });

  it('screens out a value beyond the limit and keeps one on it', () => {
    expect(breaksNonNegotiable(commute, 61)).toBe(true);
    expect(breaksNonNegotiable(commute, 60)).toBe(false);
    expect(breaksNonNegotiable({ ...commute, nonNegotiable: { min: 3 } }, 2)).toBe(true);
  });

  it('does not let an unknown value pass a deal-breaker', () => {
    expect(breaksNonNegotiable(commute, undefined)).toBe(true);
  });
});
