import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pay } from '../workspace/document';
import { PAY_YEARS, projectPay, retirementMatch } from './compensation';

describe('projectPay on published cases', () => {
  // levelsfyi-annualized-vs-first-year: careerbldr.com/blog/total-compensation-guide (Company A/B
  // table); convention from levels.fyi thread pqqSpb. Bonus at 100 % of target, no raises.
  const offerA: Pay = { base: 175000, bonus: { targetPct: 5 } };
  const offerB: Pay = {
    base: 155000,
    bonus: { targetPct: 15 },
    signOn: [{ amount: 30000, paidInYear: 1 }],
    equity: [{ kind: 'rsu', grantValue: 240000, schedulePct: [25, 25, 25, 25] }],
  };

  it('gives company A 183,750 both annualized and in year 1', () => {
    const a = projectPay(offerA, 'USD');
    expect(a.annualized).toBeCloseTo(183750, 6);
    expect(a.years[0]?.total).toBeCloseTo(183750, 6);
  });

  it('gives company B 268,250 in year 1, 238,250 in year 2 and 983,000 over four years', () => {
    const b = projectPay(offerB, 'USD');
    expect(b.years[0]?.bonus).toBeCloseTo(23250, 6);
    expect(b.years[0]?.equity).toBeCloseTo(60000, 6);
    expect(b.years[0]?.total).toBeCloseTo(268250, 6);
    expect(b.years[1]?.total).toBeCloseTo(238250, 6);
    expect(b.total4y).toBeCloseTo(983000, 6);
  });

  it('annualizes company B the levels.fyi way: sign-on ÷ 4 plus average equity = 245,750', () => {
    expect(projectPay(offerB, 'USD').annualized).toBeCloseTo(245750, 6);
  });

  // pinterest-3yr-50-33-17: schedule from a levels.fyi co-founder's LinkedIn post; grant synthetic.
  it('vests a 3-year 50/33/17 grant as 150,000 / 99,000 / 51,000 and averages 75,000 over the 4-year window', () => {
    const p = projectPay(
      { base: 0, equity: [{ kind: 'rsu', grantValue: 300000, schedulePct: [50, 33, 17] }] },
      'USD',
    );
    expect(p.years.map((y) => y.equity)).toEqual(
      [150000, 99000, 51000, 0].map((n) => expect.closeTo(n, 6)),
    );
    expect(p.avg4y).toBeCloseTo(75000, 6);
    expect(p.annualized).toBeCloseTo(100000, 6);
  });

  // pto-value-simple: payrate-tools.pages.dev/pto-value-calculator.
  it('values 20 days off on a 65,000 salary at 5,000 (salary ÷ 260 × days)', () => {
    expect(projectPay({ base: 65000, benefits: { ptoDays: 20 } }, 'USD').ptoValue).toBeCloseTo(
      5000,
      9,
    );
  });

  // 401k-match-formula-synthetic: formula only (Vanguard context); 50 % match on the first 6 %.
  it('computes a 50 % match on contributions up to 6 % of 150,000 as 4,500', () => {
    expect(
      retirementMatch({ matchPct: 50, upToPctOfPay: 6, contributionPct: 6 }, 150000),
    ).toBeCloseTo(4500, 9);
  });
});

describe('projectPay details', () => {
  it('grows base by raisePct each year and takes the bonus on that year’s base', () => {
    const p = projectPay({ base: 100000, raisePct: 10, bonus: { targetPct: 10 } }, 'EUR');
    expect(p.years.map((y) => y.base)).toEqual(
      [100000, 110000, 121000, 133100].map((n) => expect.closeTo(n, 6)),
    );
    expect(p.years[3]?.bonus).toBeCloseTo(13310, 6);
  });

  it('pays a fixed bonus amount whatever the base', () => {
    const p = projectPay({ base: 50000, raisePct: 5, bonus: { amount: 4000 } }, 'EUR');
    expect(p.years.map((y) => y.bonus)).toEqual([4000, 4000, 4000, 4000]);
  });

  it('puts each sign-on in the year it is paid', () => {
    const p = projectPay(
      { base: 0, signOn: [{ amount: 20000 }, { amount: 10000, paidInYear: 2 }] },
      'USD',
    );
    expect(p.years.map((y) => y.signOn)).toEqual([20000, 10000, 0, 0]);
  });

  it('stacks yearly refreshers from the year they start', () => {
    const p = projectPay(
      {
        base: 0,
        equity: [
          {
            kind: 'rsu',
            grantValue: 40000,
            schedulePct: [25, 25, 25, 25],
            startYear: 2,
            everyYear: true,
          },
        ],
      },
      'USD',
    );
    expect(p.years.map((y) => y.equity)).toEqual([0, 10000, 20000, 30000]);
    expect(p.annualized).toBe(0);
  });

  it('values options at the spread per vested share, after the risk discount, and never below zero', () => {
    const inTheMoney = projectPay(
      {
        base: 0,
        equity: [
          {
            kind: 'option',
            shares: 4000,
            strike: 6,
            price: 15,
            schedulePct: [25, 25, 25, 25],
            discountPct: 50,
          },
        ],
      },
      'EUR',
    );
    expect(inTheMoney.years[0]?.equity).toBeCloseTo(4000 * 0.25 * 9 * 0.5, 9);
    const underwater = projectPay(
      {
        base: 0,
        equity: [{ kind: 'option', shares: 4000, strike: 20, price: 15, schedulePct: [100] }],
      },
      'EUR',
    );
    expect(underwater.total4y).toBe(0);
  });

  it('moves equity that vests before a cliff longer than a year into the cliff’s year', () => {
    const p = projectPay(
      {
        base: 0,
        equity: [
          {
            kind: 'rsu',
            grantValue: 100000,
            schedulePct: [25, 25, 25, 25],
            cliffMonths: 18,
            cadence: 'monthly',
          },
        ],
      },
      'USD',
    );
    expect(p.years[0]?.equity).toBe(0);
    expect(p.years[1]?.equity).toBeCloseTo(50000, 6);
  });
});

const payArbitrary: fc.Arbitrary<Pay> = fc.record({
  base: fc.integer({ min: 0, max: 500000 }),
  raisePct: fc.integer({ min: -10, max: 20 }),
  bonus: fc.oneof(
    fc.record({ targetPct: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ amount: fc.integer({ min: 0, max: 100000 }) }),
  ),
  signOn: fc.array(
    fc.record({
      amount: fc.integer({ min: 0, max: 100000 }),
      paidInYear: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 2 },
  ),
  equity: fc.array(
    fc.record({
      kind: fc.constant('rsu' as const),
      grantValue: fc.integer({ min: 0, max: 1000000 }),
      schedulePct: fc.constantFrom(
        [25, 25, 25, 25],
        [5, 15, 40, 40],
        [33, 33, 22, 12],
        [50, 33, 17],
      ),
      cliffMonths: fc.integer({ min: 0, max: 24 }),
      cadence: fc.constantFrom('monthly' as const, 'quarterly' as const, 'annual' as const),
      startYear: fc.integer({ min: 1, max: 4 }),
      everyYear: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  benefits: fc.record({ retirementMatch: fc.integer({ min: 0, max: 20000 }) }),
});

describe('projectPay invariants', () => {
  it('makes every year’s total the sum of its parts, and the 4-year total the sum of its years', () => {
    fc.assert(
      fc.property(payArbitrary, (pay) => {
        const p = projectPay(pay, 'EUR');
        expect(p.years).toHaveLength(PAY_YEARS);
        for (const y of p.years) {
          expect(y.total).toBeCloseTo(y.base + y.bonus + y.signOn + y.equity + y.benefits, 6);
        }
        expect(p.total4y).toBeCloseTo(
          p.years.reduce((sum, y) => sum + y.total, 0),
          6,
        );
        expect(p.avg4y).toBeCloseTo(p.total4y / PAY_YEARS, 6);
      }),
    );
  });

  it('never vests more of a single grant than the grant is worth', () => {
    fc.assert(
      fc.property(payArbitrary, (pay) => {
        const single = (pay.equity ?? []).filter((g) => !g.everyYear);
        const p = projectPay({ base: 0, equity: single }, 'EUR');
        const granted = single.reduce((sum, g) => sum + (g.kind === 'rsu' ? g.grantValue : 0), 0);
        expect(p.total4y).toBeLessThanOrEqual(granted + 1e-6);
      }),
    );
  });
});
