import { describe, expect, it } from 'vitest';
import type { Offer } from '../workspace/document';
import { relocationNet, repaymentOwed, repaymentRisks } from './repayment';

describe('repaymentOwed', () => {
  // sign-on-clawback-monthly-prorata: arkadylaw.com, "What employers need to know about sign-on
  // bonuses" — reduce by 1/12 per completed month. Amount synthetic.
  it.each([
    [0, 24000],
    [5, 14000],
    [12, 0],
  ])('owes back the right share of a 24,000 sign-on after %i completed months', (months, owed) => {
    expect(repaymentOwed(24000, 12, 'pro-rata', months)).toBeCloseTo(owed, 9);
  });

  it('owes all of it under a full clawback until the period ends, then nothing', () => {
    expect(repaymentOwed(10000, 12, 'full', 11)).toBe(10000);
    expect(repaymentOwed(10000, 12, 'full', 12)).toBe(0);
  });
});

const offer: Offer = {
  id: 'acme',
  company: 'Acme',
  role: 'Engineer',
  location: { country: 'GB', city: 'London' },
  currency: 'GBP',
  pay: {
    base: 90000,
    signOn: [
      { amount: 10000, clawbackMonths: 12 },
      { amount: 5000, paidInYear: 2, clawbackMonths: 6, clawback: 'full' },
    ],
  },
  relocation: {
    covered: { lumpSum: 8000, items: { flights: 1500 } },
    expectedCosts: { shipping: 7000, deposit: 4000 },
    repayment: { months: 24 },
  },
};

describe('repaymentRisks', () => {
  it('counts a later sign-on’s clawback from the month it is paid', () => {
    expect(repaymentRisks(offer)).toEqual([
      { kind: 'sign-on', amount: 10000, untilMonth: 12, rule: 'pro-rata' },
      { kind: 'sign-on', amount: 5000, untilMonth: 18, rule: 'full' },
      { kind: 'relocation', amount: 9500, untilMonth: 24, rule: 'pro-rata' },
    ]);
  });

  it('nets the relocation cover against the costs the user expects', () => {
    expect(relocationNet(offer)).toEqual({ covered: 9500, expected: 11000, net: -1500 });
  });
});
