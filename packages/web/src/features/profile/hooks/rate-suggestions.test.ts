import { fxSnapshot, shippedFxRate, validateWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { priceLevelSuggestions, ratesInUse, withOwnRate } from './rate-suggestions';

const workspace: Workspace = {
  version: 1,
  profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
  priorities: [{ id: 'pay', label: 'Pay', measure: 'pay-avg-4y', worst: 50000, best: 150000 }],
  offers: [
    {
      id: 'albion',
      company: 'Albion',
      role: 'Engineer',
      location: { country: 'GB' },
      currency: 'GBP',
      pay: { base: 90000 },
    },
  ],
};

describe('rates for offers in other currencies', () => {
  it('saves a GBP offer in a EUR workspace without a rate typed, on the shipped ECB rate', () => {
    expect(validateWorkspace(workspace).ok).toBe(true);
    const [gbp] = ratesInUse(workspace);
    expect(gbp?.use?.basis).toBe('shipped');
    expect(gbp?.use?.rate).toBe(shippedFxRate('GBP', 'EUR'));
  });

  it('copies the shipped rate into the user’s rates, dated and sourced, to edit', () => {
    const rate = shippedFxRate('GBP', 'EUR') as number;
    const own = withOwnRate(workspace, 'GBP', rate);
    expect(own.rates?.asOf).toBe(fxSnapshot.asOf);
    expect(own.rates?.fx.GBP).toBeCloseTo(rate, 4);
    expect(ratesInUse(own)[0]?.use?.basis).toBe('user');
    expect(validateWorkspace(own).ok).toBe(true);
  });

  it('suggests shipped price levels for home and offer countries not in the user’s rates', () => {
    const places = priceLevelSuggestions(workspace).map((s) => s.place);
    expect(places).toEqual(['DE', 'GB']);
  });
});
