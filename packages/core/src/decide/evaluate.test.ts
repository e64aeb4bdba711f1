import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import type { Offer, Workspace } from '../workspace/document';
import { validateWorkspace } from '../workspace/file';
import { evaluate } from './evaluate';

const now = new Date('2026-11-25T12:00:00Z');

describe('evaluate on the examples', () => {
  it('screens out the offer whose commute breaks the deal-breaker, shows it with the reason, and ranks the other first', () => {
    const evaluation = evaluate(exampleWorkspace('two-local-offers.yaml'), { now });
    const [lonestar, pecan] = evaluation.offers;
    expect(lonestar).toMatchObject({
      id: 'lonestar',
      feasible: false,
      failed: ['commute'],
      rank: null,
    });
    expect(lonestar?.screen[0]?.reason).toBe(
      'Commute each way is 55 min, above your maximum of 45 min.',
    );
    expect(lonestar?.score).toBeGreaterThan(0);
    expect(pecan).toMatchObject({ id: 'pecan', feasible: true, failed: [], rank: 1 });
    expect(evaluation.explanation).toContain(
      'Lonestar Health is screened out: Commute each way is 55 min, above your maximum of 45 min.',
    );
  });

  it('uses the published company B figures for Pecan Labs plus its 4 % match', () => {
    const pecan = evaluate(exampleWorkspace('two-local-offers.yaml'), { now }).offers[1];
    // 155,000 base + 15 % bonus + 30,000 sign-on + 60,000 vested + 100 % match on 4 % of base (6,200).
    expect(pecan?.pay.years[0]?.total).toBeCloseTo(268250 + 6200, 6);
    expect(pecan?.risks[0]?.text).toBe(
      'Sign-on bonus: US$30,000 at risk if you leave before month 12 (repayable shrinking each month).',
    );
  });

  it('converts to the home currency and adjusts for the cost of living in the international example', () => {
    const evaluation = evaluate(exampleWorkspace('international-move.yaml'), { now });
    const london = evaluation.offers.find((o) => o.id === 'thamesbank');
    if (!london) throw new Error('missing offer');
    expect(london.payInOfferCurrency.currency).toBe('GBP');
    expect(london.pay.currency).toBe('EUR');
    expect(london.pay.years[0]?.base).toBeCloseTo(92000 * 1.17, 6);
    expect(london.costOfLivingFactor).toBeCloseTo(100 / 135, 12);
    expect(london.payCostOfLiving?.avg4y).toBeCloseTo((london.pay.avg4y * 100) / 135, 6);
    // The pay priority is measured on the cost-of-living basis.
    expect(london.raw.pay).toBeCloseTo(london.payCostOfLiving?.avg4y ?? 0, 6);
    expect(london.how.pay).toContain('Converted at 1 GBP = 1.17 EUR (rates as of 2026-11-01).');
    expect(london.fx.basis).toBe('user');
    expect(evaluation.rates.shipped).toEqual([]);
  });

  it('normalises direct weights and explains what separates the top two', () => {
    const evaluation = evaluate(exampleWorkspace('international-move.yaml'), { now });
    expect(evaluation.weights).toEqual({ pay: 0.4, family: 0.3, growth: 0.2, commute: 0.1 });
    expect(evaluation.explanation[0]).toMatch(
      /^Thames Digital Bank leads Alpenwerk Mobility AG by 0\.\d\d points/,
    );
    expect(evaluation.explanation[1]).toMatch(
      /^What separates them: Pay after cost of living .*\(\+0\.\d\d for Thames Digital Bank\)/,
    );
  });

  it('returns the shape other tools read', () => {
    const json = JSON.parse(
      JSON.stringify(evaluate(exampleWorkspace('single-offer.yaml'), { now })),
    );
    expect(Object.keys(json.weights)).toEqual(['pay', 'growth', 'remote', 'team']);
    const offer = json.offers[0];
    for (const key of [
      'id',
      'feasible',
      'failed',
      'score',
      'rank',
      'values',
      'contributions',
      'pay',
    ])
      expect(offer).toHaveProperty(key);
    expect(offer.pay).toMatchObject({
      currency: 'EUR',
      total4y: expect.any(Number),
      avg4y: expect.any(Number),
    });
    expect(Object.keys(offer.pay.years[0])).toEqual([
      'year',
      'base',
      'bonus',
      'signOn',
      'equity',
      'benefits',
      'total',
    ]);
  });

  it('reports a tie as a tie', () => {
    const workspace = exampleWorkspace('two-local-offers.yaml');
    const twin: Offer = {
      ...(workspace.offers[1] as Offer),
      id: 'pecan-twin',
      company: 'Pecan Twin',
    };
    const evaluation = evaluate({ ...workspace, offers: [...workspace.offers, twin] }, { now });
    expect(evaluation.offers.map((o) => o.rank)).toEqual([null, 1, 1]);
    expect(evaluation.explanation[0]).toMatch(/^Pecan Labs and Pecan Twin tie at/);
  });
});

const priorities: Workspace['priorities'] = [
  {
    id: 'pay',
    label: 'Pay',
    measure: 'pay-avg-4y',
    worst: 50000,
    best: 200000,
    nonNegotiable: { min: 70000 },
  },
  {
    id: 'commute',
    label: 'Commute',
    measure: 'number',
    unit: 'min',
    worst: 90,
    best: 0,
    nonNegotiable: { max: 60 },
  },
  { id: 'growth', label: 'Growth', measure: 'rating' },
  {
    // Ids may be digits, and an object lists such keys first: scores must not follow that order.
    id: '2',
    label: 'Remote days',
    measure: 'number',
    valueFunction: {
      points: [
        [0, 0],
        [2, 0.6],
        [5, 1],
      ],
    },
  },
];

const offerArbitrary = (id: string): fc.Arbitrary<Offer> =>
  fc.record({
    id: fc.constant(id),
    company: fc.constant(`Company ${id}`),
    role: fc.constant('Engineer'),
    location: fc.constant({ country: 'DE' }),
    currency: fc.constantFrom('EUR', 'USD'),
    pay: fc.record({
      base: fc.integer({ min: 30000, max: 250000 }),
      bonus: fc.record({ targetPct: fc.integer({ min: 0, max: 30 }) }),
      signOn: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 50000 }) }), { maxLength: 1 }),
    }),
    ratings: fc.record({ growth: fc.integer({ min: 1, max: 5 }) }),
    numbers: fc.record(
      { commute: fc.integer({ min: 0, max: 120 }), '2': fc.integer({ min: 0, max: 5 }) },
      { requiredKeys: ['commute'] },
    ),
  });

const workspaceArbitrary: fc.Arbitrary<Workspace> = fc
  .record({
    offers: fc.tuple(offerArbitrary('a'), offerArbitrary('b'), offerArbitrary('c')),
    weighting: fc.oneof(
      fc.constant({ method: 'rank' as const }),
      fc
        .tuple(
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
        )
        .map(([pay, commute, growth, remote]) => ({
          method: 'direct' as const,
          weights: { pay, commute, growth, '2': remote },
        })),
    ),
  })
  .map(({ offers, weighting }) => ({
    version: 1 as const,
    profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
    rates: { asOf: '2026-11-01', fx: { USD: 0.92 } },
    priorities,
    weighting,
    offers,
  }));

describe('evaluate invariants', () => {
  it('generates only valid workspaces (so the properties below test real inputs)', () => {
    fc.assert(fc.property(workspaceArbitrary, (workspace) => validateWorkspace(workspace).ok));
  });

  it('keeps weights summing to 1 and every value within 0–1', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const evaluation = evaluate(workspace, { now });
        expect(Object.values(evaluation.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (const offer of evaluation.offers) {
          for (const v of Object.values(offer.values)) expect(v >= 0 && v <= 1).toBe(true);
          expect(offer.score).toBeCloseTo(
            Object.values(offer.contributions).reduce((a, b) => a + b, 0),
            12,
          );
        }
      }),
    );
  });

  it('never changes an offer’s score when an unrelated offer is added', () => {
    fc.assert(
      fc.property(workspaceArbitrary, offerArbitrary('newcomer'), (workspace, newcomer) => {
        const before = evaluate(workspace, { now }).offers.map((o) => o.score);
        const after = evaluate(
          { ...workspace, offers: [...workspace.offers, newcomer] },
          { now },
        ).offers.map((o) => o.score);
        expect(after.slice(0, before.length)).toEqual(before);
      }),
    );
  });

  it('never ranks an offer that fails a non-negotiable, and ranks every one that passes', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        for (const offer of evaluate(workspace, { now }).offers) {
          expect(offer.rank === null).toBe(offer.failed.length > 0);
          expect(offer.feasible).toBe(offer.failed.length === 0);
        }
      }),
    );
  });

  it('gives rank 1 to the highest-scoring feasible offer', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (workspace) => {
        const feasible = evaluate(workspace, { now }).offers.filter((o) => o.feasible);
        if (feasible.length === 0) return;
        const best = Math.max(...feasible.map((o) => o.score));
        for (const offer of feasible) expect(offer.rank === 1).toBe(offer.score >= best - 1e-9);
      }),
    );
  });
});

describe('explanations in a second language', () => {
  it('writes the ranking, the screen and every "how" line in German when asked, same figures', () => {
    const ws = exampleWorkspace('international-move.yaml');
    const english = evaluate(ws, { now: new Date('2026-11-25T09:00:00Z') });
    const german = evaluate(ws, { now: new Date('2026-11-25T09:00:00Z'), language: 'de' });
    expect(german.offers.map((o) => o.score)).toEqual(english.offers.map((o) => o.score));
    const thames = german.offers.find((o) => o.id === 'thamesbank');
    expect(thames?.how.pay[0]).toBe(
      'Grundgehalt 92.000\u00a0£ im 1. Jahr, steigend um 3 % pro Jahr.',
    );
    expect(thames?.risks[0]?.text).toMatch(/^Antrittsprämie: .* stehen auf dem Spiel/);
    expect(german.explanation.join(' ')).not.toMatch(/\b(leads|separates|screened)\b/);
    expect(english.offers[0]?.how.pay[0]).toBe('Base £92,000 in year 1, rising 3 % a year.');
  });
});
