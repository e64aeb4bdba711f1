import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../test/ana-workspace';
import { evaluate } from '../decide/evaluate';
import type { Workspace } from './document';
import {
  costOfLivingFactor,
  exchangeRate,
  fxSnapshot,
  priceLevelSnapshot,
  shippedFxRate,
  shippedPriceLevel,
} from './rates';
import { workspaceSchema } from './schema';

const now = new Date('2026-12-01T09:00:00Z');

/** Ana's workspace with no rates of her own at all. */
function withoutRates(changes: Partial<Workspace> = {}): Workspace {
  const { rates: _rates, ...rest } = anaWorkspace();
  return { ...rest, ...changes };
}

describe('shipped exchange rates', () => {
  it('reads the ECB snapshot as published: units per euro, dated', () => {
    // ECB eurofxref-daily.xml of 2026-05-08: USD 1.1761, GBP 0.86410.
    expect(fxSnapshot.asOf).toBe('2026-05-08');
    expect(fxSnapshot.perEuro.USD).toBe(1.1761);
    expect(fxSnapshot.perEuro.GBP).toBe(0.8641);
  });

  it('crosses two currencies through the euro', () => {
    expect(shippedFxRate('GBP', 'EUR')).toBeCloseTo(1 / 0.8641, 12);
    expect(shippedFxRate('EUR', 'USD')).toBe(1.1761);
    // 1 GBP = (USD per EUR) / (GBP per EUR) dollars.
    expect(shippedFxRate('GBP', 'USD')).toBeCloseTo(1.1761 / 0.8641, 12);
    expect(shippedFxRate('INR', 'INR')).toBe(1);
  });

  it('has no rate for a currency the ECB does not publish', () => {
    expect(shippedFxRate('AED', 'EUR')).toBeUndefined();
  });

  it("lets the user's own rate win over the shipped one", () => {
    const own = exchangeRate(anaWorkspace(), 'GBP');
    expect(own).toMatchObject({ rate: 1.17, basis: 'user', asOf: '2026-11-01' });
    const shipped = exchangeRate(withoutRates(), 'GBP');
    expect(shipped?.basis).toBe('shipped');
    expect(shipped?.rate).toBeCloseTo(1 / 0.8641, 12);
    expect(shipped?.text).toContain('ECB euro reference rate, as of 2026-05-08');
  });
});

describe('a EUR-home workspace with a GBP offer and no rates', () => {
  it('validates, evaluates, and says which shipped rate it used', () => {
    const workspace = withoutRates();
    expect(workspaceSchema.safeParse(workspace).success).toBe(true);
    const evaluation = evaluate(workspace, { now });
    const london = evaluation.offers.find((o) => o.id === 'thamesbank');
    expect(london?.fx.basis).toBe('shipped');
    expect(london?.pay.years[0]?.base).toBeCloseTo(80000 / 0.8641, 6);
    expect(london?.how.pay.join(' ')).toContain(
      'ECB euro reference rate, as of 2026-05-08, shipped with Offerwise',
    );
    expect(evaluation.ratesAsOf).toBe('2026-05-08');
    expect(evaluation.rates.shipped.map((s) => s.kind)).toEqual(['fx']);
    expect(evaluation.rates.warnings).toEqual([]);
  });

  it('warns once the shipped rates are more than 12 months older than now', () => {
    const late = evaluate(withoutRates(), { now: new Date('2027-05-09T00:00:00Z') });
    expect(late.rates.warnings).toEqual([
      "The shipped exchange rates are from 2026-05-08, more than 12 months ago: add today's rates under rates.fx (home currency per unit).",
    ]);
    const justInside = evaluate(withoutRates(), { now: new Date('2027-05-07T00:00:00Z') });
    expect(justInside.rates.warnings).toEqual([]);
  });

  it('does not warn about shipped figures no score depends on', () => {
    // Her own GBP rate; the shipped price levels only restate pay that no priority measures.
    const evaluation = evaluate(anaWorkspace(), { now: new Date('2030-01-01T00:00:00Z') });
    expect(evaluation.offers[0]?.costOfLiving?.basis).toBe('shipped');
    expect(evaluation.rates).toEqual({ shipped: [], warnings: [] });
  });
});

describe('shipped price levels', () => {
  it('computes a price level as PPP over the market rate to the dollar (US = 100)', () => {
    expect(priceLevelSnapshot.dataYear).toBe(2024);
    expect(shippedPriceLevel('US')).toBe(100);
    // World Bank PA.NUS.PPP 2024: Germany 0.700862 EUR per international $; ECB: 1.1761 USD per EUR.
    expect(shippedPriceLevel('DE')).toBeCloseTo(0.700862 * 1.1761 * 100, 9);
    expect(shippedPriceLevel('AE')).toBeUndefined();
  });

  it('restates pay as pay ÷ PPP there × PPP at home, whatever the exchange rate', () => {
    const workspace = withoutRates({
      priorities: anaWorkspace().priorities.map((p) =>
        p.id === 'pay' ? { ...p, basis: 'cost-of-living' as const } : p,
      ),
    });
    expect(workspaceSchema.safeParse(workspace).success).toBe(true);
    const london = evaluate(workspace, { now }).offers.find((o) => o.id === 'thamesbank');
    // PPP 2024: GB 0.664153 GBP, DE 0.700862 EUR per international $.
    expect(london?.payCostOfLiving?.years[0]?.base).toBeCloseTo((80000 / 0.664153) * 0.700862, 6);
    expect(london?.costOfLiving?.basis).toBe('shipped');
    expect(london?.how.pay.join(' ')).toContain('World Bank PPP 2024 price levels');
    const evaluation = evaluate(workspace, { now: new Date('2027-03-06T00:00:00Z') });
    expect(evaluation.rates.shipped.map((s) => s.kind)).toEqual(['fx', 'price-levels']);
    expect(evaluation.rates.warnings).toEqual([
      'The shipped price levels were published on 2026-03-05, more than 12 months ago: add your own index under rates.costOfLiving.',
    ]);
  });

  it("uses the user's own index for both places when it has them, never one from each table", () => {
    const workspace = anaWorkspace();
    const table = { 'DE-Berlin': 100, 'GB-London': 135 };
    const own = costOfLivingFactor(
      { ...workspace, rates: { asOf: '2026-11-01', fx: {}, costOfLiving: table } },
      { country: 'GB', city: 'London' },
    );
    expect(own).toMatchObject({ basis: 'user', factor: 100 / 135 });
    const partial = costOfLivingFactor(
      { ...workspace, rates: { asOf: '2026-11-01', fx: {}, costOfLiving: { 'DE-Berlin': 100 } } },
      { country: 'GB', city: 'London' },
    );
    expect(partial?.basis).toBe('shipped');
  });
});
