import type { Priority } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { defaultLimit, limitText } from './limit-text';

const commute: Priority = {
  id: 'commute',
  label: 'Commute',
  measure: 'number',
  unit: 'min',
  worst: 60,
  best: 0,
};
const pay: Priority = {
  id: 'pay',
  label: 'Pay',
  measure: 'pay-avg-4y',
  worst: 80000,
  best: 140000,
  nonNegotiable: { min: 85000 },
};

describe('defaultLimit', () => {
  it('gives a cost (worst above best) "at most" its worst value, so shorter commutes pass', () => {
    expect(defaultLimit(commute)).toEqual({ max: 60 });
  });

  it('gives a benefit (best above worst) "at least" its worst value', () => {
    expect(defaultLimit(pay)).toEqual({ min: 80000 });
  });
});

describe('limitText', () => {
  it('names the currency on a pay threshold', () => {
    expect(limitText(pay, 'EUR')).toBe('at least €85,000');
  });

  it('names the unit on a number threshold', () => {
    expect(limitText({ ...commute, nonNegotiable: { max: 45 } }, 'EUR')).toBe('at most 45 min');
  });
});
