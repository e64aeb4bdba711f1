import type { Workspace } from '../packages/core/src/index';

/** A deterministic synthetic workspace of `offers` × `priorities`, for benchmarks. */
export function syntheticWorkspace(offers: number, priorities: number): Workspace {
  const ids = Array.from({ length: priorities }, (_, i) => `p${i}`);
  return {
    version: 1,
    profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE', city: 'Berlin' } },
    rates: {
      asOf: '2026-11-01',
      fx: { USD: 0.92 },
      costOfLiving: { 'DE-Berlin': 100, 'US-Austin': 95 },
    },
    priorities: ids.map((id, i) =>
      i === 0
        ? {
            id,
            label: 'Pay',
            measure: 'pay-avg-4y',
            worst: 60000,
            best: 200000,
            nonNegotiable: { min: 70000 },
          }
        : i % 2 === 0
          ? { id, label: `Rating ${i}`, measure: 'rating' }
          : {
              id,
              label: `Number ${i}`,
              measure: 'number',
              worst: 0,
              best: 100,
              valueFunction: {
                points: [
                  [0, 0],
                  [50, 0.7],
                  [100, 1],
                ],
              },
            },
    ),
    weighting: { method: 'rank' },
    offers: Array.from({ length: offers }, (_, k) => ({
      id: `o${k}`,
      company: `Company ${k}`,
      role: 'Engineer',
      location: k % 2 ? { country: 'US', city: 'Austin' } : { country: 'DE', city: 'Berlin' },
      currency: k % 2 ? 'USD' : 'EUR',
      pay: {
        base: 80000 + k * 7000,
        raisePct: 3,
        bonus: { targetPct: 10 },
        signOn: [{ amount: 10000, clawbackMonths: 12 }],
        equity: [
          {
            kind: 'rsu',
            grantValue: 100000 + k * 5000,
            schedulePct: [5, 15, 40, 40],
            cliffMonths: 12,
            cadence: 'quarterly',
          },
          {
            kind: 'rsu',
            grantValue: 20000,
            schedulePct: [25, 25, 25, 25],
            startYear: 2,
            everyYear: true,
          },
        ],
        benefits: { retirementMatch: { matchPct: 50, upToPctOfPay: 6 }, ptoDays: 25 },
      },
      ratings: Object.fromEntries(
        ids.filter((_, i) => i > 0 && i % 2 === 0).map((id, i) => [id, 1 + ((k + i) % 5)]),
      ),
      numbers: Object.fromEntries(
        ids.filter((_, i) => i % 2 === 1).map((id, i) => [id, (k * 13 + i * 7) % 100]),
      ),
    })),
  };
}
