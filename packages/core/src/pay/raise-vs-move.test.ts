import { describe, expect, it } from 'vitest';
import { anaRace } from '../../test/ana-workspace';
import type { Workspace } from '../workspace/document';
import { offerPay } from './offer-pay';
import { raiseVsMove } from './raise-vs-move';
import { estimateTax } from './tax/estimate';

function ana(currentPay?: Workspace['profile']['currentPay']): Workspace {
  const race = anaRace();
  return {
    ...race,
    profile: {
      ...race.profile,
      homeLocation: { country: 'DE', city: 'Berlin', region: 'DE-BE' },
      currentPay,
    },
  };
}

const london = (workspace: Workspace) => {
  const offer = workspace.offers.find((o) => o.id === 'thamesbank');
  if (!offer) throw new Error('missing');
  return { offer, result: raiseVsMove(workspace, offer, offerPay(workspace, offer)) };
};

describe('the raise against the move', () => {
  it('sets the net raise against the move’s net cost and counts the months to pay it back', () => {
    const { result } = london(ana({ base: 70000 }));
    // Today: €70,000 in Berlin (one child, so no care surcharge).
    const today = estimateTax({ country: 'DE', region: 'DE-BE', gross: 70000, childless: false });
    const offerTax = estimateTax({ country: 'GB', gross: 80000 });
    const raise = (80000 - (offerTax?.total ?? 0)) * 1.17 - (today?.net ?? 0);
    expect(result.currentNet).toBeCloseTo(today?.net ?? 0, 6);
    expect(result.netRaiseYear1).toBeCloseTo(raise, 6);
    // Costs 16,200 − cover 15,500 (lump sum 8,000 + flights and shipping 7,500). In the UK the
    // cash lump sum is taxable and the £7,500 in-kind cover is under the £8,000 exemption:
    // 8,000 × 42 % (40 % income tax + 2 % NI at £80,000) = £3,360.
    expect(result.packageTax).toBeCloseTo(3360 * 1.17, 6);
    expect(result.moveCostNet).toBeCloseTo((16200 - 15500 + 3360) * 1.17, 6);
    expect(result.repaymentAtRisk).toBeCloseTo(15500 * 1.17, 6);
    expect(result.paybackMonths).toBeCloseTo(result.moveCostNet / (raise / 12), 9);
    expect(result.how.join(' ')).toContain('months of the net raise pay the move back');
  });

  it('asks for current pay when there is none, and still shows the move', () => {
    const { result } = london(ana());
    expect(result.netRaiseYear1).toBeNull();
    expect(result.paybackMonths).toBeNull();
    expect(result.moveCostNet).toBeGreaterThan(0);
    expect(result.how[0]).toContain('profile.currentPay');
  });

  it('uses the user’s lump-sum tax rate when given, and pays back at once when the package covers all', () => {
    const workspace = ana({ base: 70000 });
    const offer = workspace.offers.find((o) => o.id === 'thamesbank');
    if (!offer?.relocation) throw new Error('missing');
    const generous = {
      ...offer,
      relocation: { ...offer.relocation, covered: { lumpSum: 30000 }, lumpSumTaxPct: 20 },
    };
    const result = raiseVsMove(workspace, generous, offerPay(workspace, generous));
    expect(result.packageTax).toBeCloseTo(30000 * 0.2 * 1.17, 6);
    expect(result.moveCostNet).toBeLessThan(0);
    expect(result.paybackMonths).toBe(0);
  });
});
