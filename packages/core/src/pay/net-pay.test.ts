import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anaRace } from '../../test/ana-workspace';
import { evaluate } from '../decide/evaluate';
import type { Offer, Priority, Workspace } from '../workspace/document';
import { workspaceSchema } from '../workspace/schema';
import { offerPay } from './offer-pay';
import { estimateTax } from './tax/estimate';

const now = new Date('2026-12-01T09:00:00Z');
const netPriority: Priority = {
  id: 'pay',
  label: 'Pay after tax (4-year average)',
  measure: 'pay-net-avg-4y',
  worst: 40000,
  best: 120000,
};

function ana(changes: { thamesbank?: Partial<Offer>; alpenwerk?: Partial<Offer> } = {}): Workspace {
  const workspace = anaRace(changes);
  return {
    ...workspace,
    // The race fixture keeps the example's commute numbers without its commute priority.
    offers: workspace.offers.map(({ numbers: _numbers, ...o }) => o),
    priorities: workspace.priorities.map((p) => (p.id === 'pay' ? netPriority : p)),
  };
}

const offer = (workspace: Workspace, id: string) => {
  const found = workspace.offers.find((o) => o.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('net pay of an offer', () => {
  it('takes the estimated UK tax off a London salary and converts at the user’s rate', () => {
    const workspace = ana();
    expect(workspaceSchema.safeParse(workspace).success).toBe(true);
    const views = offerPay(workspace, offer(workspace, 'thamesbank'));
    const uk = estimateTax({ country: 'GB', region: undefined, gross: 80000 });
    expect(views.netInOfferCurrency?.years[0]?.tax).toBeCloseTo(uk?.total ?? 0, 9);
    expect(views.net?.years[0]?.net).toBeCloseTo((80000 - (uk?.total ?? 0)) * 1.17, 6);
    expect(views.net?.disclaimer).toBe('Estimate, not tax advice (tax year 2026/27).');
    const evaluation = evaluate(workspace, { now });
    const london = evaluation.offers.find((o) => o.id === 'thamesbank');
    expect(london?.raw.pay).toBeCloseTo(views.net?.avg4y ?? 0, 6);
    expect(london?.how.values.pay).toContain('Pay after tax');
  });

  it('taxes RSUs at grant value as they vest, and options not at all (saying so)', () => {
    const workspace = ana({
      alpenwerk: {
        pay: {
          base: 90000,
          equity: [
            { kind: 'rsu', grantValue: 40000, schedulePct: [25, 25, 25, 25], discountPct: 50 },
            { kind: 'option', shares: 1000, strike: 5, price: 25, schedulePct: [25, 25, 25, 25] },
          ],
        },
      },
    });
    const net = offerPay(workspace, offer(workspace, 'alpenwerk')).netInOfferCurrency;
    // Taxable: 90,000 salary + 10,000 RSU at grant value; the 50 % risk discount and options are not taxed.
    expect(net?.years[0]?.taxable).toBeCloseTo(100000, 9);
    const de = estimateTax({ country: 'DE', gross: 100000, childless: false });
    expect(net?.years[0]?.tax).toBeCloseTo(de?.total ?? 0, 9);
    expect(net?.notes.join(' ')).toContain('Options are not taxed here');
  });

  it("uses the user's own effective rate over the estimate", () => {
    const workspace = ana({ thamesbank: { tax: { effectiveRatePct: 30 } } });
    const net = offerPay(workspace, offer(workspace, 'thamesbank')).netInOfferCurrency;
    expect(net?.basis).toBe('own-rate');
    expect(net?.years[0]?.net).toBeCloseTo(80000 * 0.7, 9);
  });

  it('compares a tax-equalised assignment net to net, with the home tax', () => {
    const workspace = ana({
      thamesbank: {
        relocation: { support: { taxEqualisation: true } },
      },
    });
    const net = offerPay(workspace, offer(workspace, 'thamesbank')).net;
    // Hypothetical German tax on £80,000 × 1.17 = €93,600.
    const home = estimateTax({ country: 'DE', gross: 93600, childless: false });
    expect(net?.basis).toBe('tax-equalised');
    expect(net?.years[0]?.tax).toBeCloseTo(home?.total ?? 0, 6);
  });

  it('leaves the net measure missing where no estimate exists, and says how to fix it', () => {
    const workspace = ana({ thamesbank: { location: { country: 'JP', city: 'Tokyo' } } });
    const evaluation = evaluate(
      { ...workspace, rates: { asOf: '2026-11-01', fx: { GBP: 1.17 } } },
      { now },
    );
    const tokyo = evaluation.offers.find((o) => o.id === 'thamesbank');
    expect(tokyo?.net).toBeNull();
    expect(tokyo?.missing).toContain('pay');
    expect(tokyo?.how.values.pay).toContain('add tax.effectiveRatePct');
  });

  it('keeps net at or below the gross total and sums its years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600000 }),
        fc.integer({ min: 0, max: 50 }),
        (base, bonusPct) => {
          const workspace = ana({ alpenwerk: { pay: { base, bonus: { targetPct: bonusPct } } } });
          const views = offerPay(workspace, offer(workspace, 'alpenwerk'));
          const net = views.net;
          if (!net) return false;
          const sum = net.years.reduce((s, y) => s + y.net, 0);
          return (
            Math.abs(sum - net.total4y) < 1e-6 &&
            net.years.every((y, i) => y.net <= (views.pay.years[i]?.total ?? 0) + 1e-9)
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
