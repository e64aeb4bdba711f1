import type { Priority } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { consistencyOf, judgmentKey, judgmentOf, optionsFor, pairsOf } from './pairwise';

const priorities: Priority[] = [
  { id: 'pay', label: 'Pay', measure: 'rating' },
  { id: 'growth', label: 'Growth', measure: 'rating' },
  { id: 'remote', label: 'Remote', measure: 'rating' },
];

describe('pairwise questionnaire', () => {
  it('asks each pair once, in priority order', () => {
    const matrix = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    expect(pairsOf(priorities, matrix).map((p) => [p.first.id, p.second.id, p.value])).toEqual([
      ['pay', 'growth', 3],
      ['pay', 'remote', 5],
      ['growth', 'remote', 2],
    ]);
  });

  it('writes judgments as the file does and reads them back', () => {
    expect(judgmentKey(3)).toBe('3');
    expect(judgmentKey(1 / 3)).toBe('1/3');
    expect(judgmentOf('1/3')).toBeCloseTo(1 / 3);
    expect(judgmentOf(judgmentKey(2.5))).toBe(2.5);
  });

  it('keeps a judgment off the 1–9 scale selectable, so a file’s 2.5 is not rounded away', () => {
    expect(optionsFor(3)).toHaveLength(17);
    expect(optionsFor(2.5)).toContain(2.5);
  });

  it('measures consistency: Saaty’s textbook matrix passes, a contradiction names its pair', () => {
    // Saaty (1980): judgments 3, 5 and 2 over three criteria, CR about 0.003.
    const fine = consistencyOf(
      [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
      priorities,
    );
    expect(fine?.acceptable).toBe(true);
    // Pay ≫ growth ≫ remote, yet remote ≫ pay: circular.
    const circular = consistencyOf(
      [
        [1, 5, 1 / 5],
        [1 / 5, 1, 5],
        [5, 1 / 5, 1],
      ],
      priorities,
    );
    expect(circular?.acceptable).toBe(false);
    expect(circular?.mostInconsistent).not.toBeNull();
  });

  it('gives no figure for a matrix that does not fit the priorities', () => {
    expect(consistencyOf([[1]], priorities)).toBeNull();
  });
});
