import type { Offer, Workspace } from '../src/workspace/document';

/**
 * Test fixture shaped like examples/international-move.yaml: Ana in Berlin choosing between a
 * London offer that needs a UK Skilled Worker visa and a Munich one that needs none.
 */
export function anaWorkspace(
  changes: {
    thamesbank?: Partial<Offer>;
    alpenwerk?: Partial<Offer>;
    profile?: Partial<Workspace['profile']>;
  } = {},
): Workspace {
  return {
    version: 1,
    profile: {
      homeCurrency: 'EUR',
      homeLocation: { country: 'DE', city: 'Berlin' },
      timeZone: 'Europe/Berlin',
      noticePeriod: { months: 3 },
      savingsMonths: 4,
      household: { partner: true, partnerNeedsWork: true, children: 1 },
      ...changes.profile,
    },
    rates: { asOf: '2026-11-01', fx: { GBP: 1.17 } },
    priorities: [
      {
        id: 'pay',
        label: 'Pay (4-year average)',
        measure: 'pay-avg-4y',
        worst: 80000,
        best: 160000,
      },
      { id: 'family', label: 'Good for partner and child', measure: 'rating' },
      { id: 'growth', label: 'Skills and growth', measure: 'rating' },
    ],
    offers: [
      {
        id: 'thamesbank',
        company: 'Thames Digital Bank',
        role: 'Staff Engineer',
        location: { country: 'GB', city: 'London' },
        currency: 'GBP',
        deadline: '2026-12-01T17:00:00+00:00',
        startDate: '2027-03-15',
        pay: { base: 80000 },
        relocation: {
          covered: {
            lumpSum: 8000,
            temporaryHousingDays: 30,
            items: { flights: 1500, shipping: 6000 },
          },
          expectedCosts: { shipping: 7000, deposit: 6500, schoolSearch: 1200, flights: 1500 },
          repayment: { months: 24, rule: 'pro-rata' },
        },
        visa: { required: true, route: 'uk-skilled-worker', sponsorship: 'written' },
        ratings: { family: 3, growth: 5 },
        history: [
          {
            at: '2026-11-16T15:00:00+00:00',
            type: 'offer-received',
            channel: 'phone',
            source: 'verbal',
          },
        ],
        ...changes.thamesbank,
      },
      {
        id: 'alpenwerk',
        company: 'Alpenwerk Mobility AG',
        role: 'Principal Engineer',
        location: { country: 'DE', city: 'Munich' },
        currency: 'EUR',
        deadline: '2026-11-27T17:00:00+01:00',
        startDate: '2027-04-01',
        pay: { base: 98000 },
        relocation: {
          covered: { lumpSum: 5000, temporaryHousingDays: 30 },
          expectedCosts: { moving: 4500, deposit: 4000 },
          repayment: { months: 12 },
        },
        visa: { required: false },
        ratings: { family: 4, growth: 4 },
        history: [
          {
            at: '2026-11-20T10:00:00+01:00',
            type: 'offer-received',
            channel: 'email',
            source: 'written',
          },
        ],
        ...changes.alpenwerk,
      },
    ],
  };
}

/** Wednesday 25 November 2026, 10:00 in Berlin. */
export const NOW = new Date('2026-11-25T09:00:00Z');
