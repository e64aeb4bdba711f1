import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import type { Offer, Workspace } from '../workspace/document';
import { type BreakEvenResult, breakEven, breakEvenAll, isNegotiable } from './break-even';
import { evaluate } from './evaluate';

const now = new Date('2026-11-25T12:00:00Z');

/** The workspace with one break-even change applied, as a user would type it in. */
function applied(workspace: Workspace, result: BreakEvenResult, at: number): Workspace {
  const change = (offer: Offer): Offer => {
    if (offer.id !== result.offerId) return offer;
    const pay = offer.pay;
    switch (result.lever) {
      case 'base':
        return { ...offer, pay: { ...pay, base: at } };
      case 'sign-on':
        return {
          ...offer,
          pay: { ...pay, signOn: [...(pay.signOn ?? []), { amount: at - result.current }] },
        };
      case 'equity':
        return {
          ...offer,
          pay: {
            ...pay,
            equity: [
              ...(pay.equity ?? []),
              {
                kind: 'rsu',
                grantValue: at - result.current,
                schedulePct: [25, 25, 25, 25],
                cliffMonths: 12,
                cadence: 'quarterly',
              },
            ],
          },
        };
      case 'value':
        return { ...offer, numbers: { ...offer.numbers, [result.priorityId]: at } };
    }
  };
  return { ...workspace, offers: workspace.offers.map(change) };
}

function scoresOf(workspace: Workspace, result: BreakEvenResult) {
  const offers = evaluate(workspace, { now }).offers;
  const own = offers.find((o) => o.id === result.offerId);
  const rival = offers.find((o) => o.id === result.rivalId);
  if (!own || !rival) throw new Error('offer missing');
  return { own, rival };
}

describe('breakEven', () => {
  it('finds the base raise that makes Alpenwerk tie Thames Digital Bank, through FX and cost of living', () => {
    const workspace = exampleWorkspace('international-move.yaml');
    const base = breakEven(workspace, 'alpenwerk').find((r) => r.lever === 'base');
    expect(base).toMatchObject({
      status: 'ties',
      rivalId: 'thamesbank',
      current: 98000,
      unit: 'EUR',
    });
    const at = base?.at as number;
    const tied = scoresOf(applied(workspace, base as BreakEvenResult, at), base as BreakEvenResult);
    expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-5);
    const short = scoresOf(
      applied(workspace, base as BreakEvenResult, at - 1),
      base as BreakEvenResult,
    );
    expect(short.own.score).toBeLessThan(short.rival.score);
  });

  it('solves through the tax estimate when a priority scores pay after tax', () => {
    // Break-even leaves the tax estimate out when no priority needs it; this example needs it.
    const workspace = exampleWorkspace('net-pay-offers.yaml');
    const bases = breakEvenAll(workspace).filter((r) => r.lever === 'base' && r.status === 'ties');
    expect(bases.map((r) => r.offerId)).toEqual(['canalworks', 'ledgerline', 'hudsonpay']);
    for (const base of bases) {
      const tied = scoresOf(applied(workspace, base, base.at as number), base);
      expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-5);
    }
  });

  it('solves in the offer’s own currency: the USD offer’s base change is in USD', () => {
    const workspace = exampleWorkspace('pairwise-weights.yaml');
    const results = breakEven(workspace, 'harbor');
    expect(results.find((r) => r.lever === 'base')).toMatchObject({ unit: 'USD', current: 95000 });
  });

  it('tells the leader how much it can give up before the runner-up ties', () => {
    const workspace = exampleWorkspace('international-move.yaml');
    const base = breakEven(workspace, 'thamesbank').find((r) => r.lever === 'base');
    expect(base?.status).toBe('ties');
    expect(base?.change).toBeLessThan(0);
    const tied = scoresOf(
      applied(workspace, base as BreakEvenResult, base?.at as number),
      base as BreakEvenResult,
    );
    expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-5);
  });

  it('says the leader holds when even losing the whole sign-on keeps it first', () => {
    const signOn = breakEven(exampleWorkspace('international-move.yaml'), 'thamesbank').find(
      (r) => r.lever === 'sign-on',
    );
    expect(signOn).toMatchObject({ status: 'holds', change: -15000, at: 0 });
  });

  it('moves a number priority in its better direction: fewer commute minutes', () => {
    const workspace = exampleWorkspace('pairwise-weights.yaml');
    const commute = breakEven(workspace, 'canalworks').find((r) => r.priorityId === 'commute');
    expect(commute?.status).toBe('ties');
    expect(commute?.change).toBeLessThan(0);
    const tied = scoresOf(
      applied(workspace, commute as BreakEvenResult, commute?.at as number),
      commute as BreakEvenResult,
    );
    expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-6);
  });

  it('is not reachable when the best value on the scale cannot close the gap', () => {
    const commute = breakEven(exampleWorkspace('pairwise-weights.yaml'), 'tulip').find(
      (r) => r.priorityId === 'commute',
    );
    expect(commute).toMatchObject({ status: 'not-reachable', change: null, at: null });
  });

  it('cannot buy back an offer screened out by a deal-breaker that pay does not touch', () => {
    const results = breakEven(exampleWorkspace('two-local-offers.yaml'), 'lonestar');
    expect(results.map((r) => [r.lever, r.status])).toEqual([
      ['base', 'not-reachable'],
      ['sign-on', 'not-reachable'],
      ['equity', 'not-reachable'],
      ['value', 'not-reachable'],
    ]);
  });

  it('brings back an offer screened out by the pay minimum: the base that passes the screen and ties', () => {
    const workspace = exampleWorkspace('international-move.yaml');
    const lowered: Workspace = {
      ...workspace,
      offers: workspace.offers.map((o) =>
        o.id === 'alpenwerk' ? { ...o, pay: { ...o.pay, base: 60000 } } : o,
      ),
    };
    expect(evaluate(lowered, { now }).offers[1]?.failed).toEqual(['pay']);
    const base = breakEven(lowered, 'alpenwerk').find((r) => r.lever === 'base');
    expect(base?.status).toBe('ties');
    const tied = scoresOf(
      applied(lowered, base as BreakEvenResult, base?.at as number),
      base as BreakEvenResult,
    );
    expect(tied.own.feasible).toBe(true);
    expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-5);
  });

  it('skips ratings unless the user marks them negotiable', () => {
    expect(isNegotiable({ id: 'g', label: 'G', measure: 'rating' })).toBe(false);
    expect(isNegotiable({ id: 'g', label: 'G', measure: 'rating', negotiable: true })).toBe(true);
    expect(isNegotiable({ id: 'p', label: 'P', measure: 'pay-avg-4y', negotiable: false })).toBe(
      false,
    );
    const priorities = new Set(
      breakEvenAll(exampleWorkspace('pairwise-weights.yaml')).map((r) => r.priorityId),
    );
    expect(priorities).toEqual(new Set(['pay', 'remote', 'commute']));
  });

  it('returns nothing for an unknown offer or when no other offer passes the screen', () => {
    expect(breakEven(exampleWorkspace('international-move.yaml'), 'nope')).toEqual([]);
    expect(breakEven(exampleWorkspace('two-local-offers.yaml'), 'pecan')).toEqual([]);
  });

  const twoOffers = fc
    .record({
      baseA: fc.integer({ min: 50000, max: 150000 }),
      baseB: fc.integer({ min: 50000, max: 150000 }),
      raise: fc.integer({ min: 0, max: 5 }),
      fx: fc.double({ min: 0.5, max: 2, noNaN: true }),
      remoteA: fc.integer({ min: 0, max: 5 }),
      remoteB: fc.integer({ min: 0, max: 5 }),
      growthA: fc.integer({ min: 1, max: 5 }),
      growthB: fc.integer({ min: 1, max: 5 }),
    })
    .map(
      (p): Workspace => ({
        version: 1,
        profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
        rates: { asOf: '2026-11-01', fx: { USD: p.fx } },
        priorities: [
          { id: 'pay', label: 'Pay', measure: 'pay-avg-4y', worst: 60000, best: 160000 },
          { id: 'growth', label: 'Growth', measure: 'rating' },
          {
            id: 'remote',
            label: 'Remote',
            measure: 'number',
            valueFunction: {
              points: [
                [0, 0],
                [2, 0.7],
                [5, 1],
              ],
            },
          },
        ],
        weighting: { method: 'rank' },
        offers: [
          {
            id: 'a',
            company: 'A',
            role: 'Engineer',
            location: { country: 'DE' },
            currency: 'EUR',
            pay: { base: p.baseA, raisePct: p.raise },
            ratings: { growth: p.growthA },
            numbers: { remote: p.remoteA },
          },
          {
            id: 'b',
            company: 'B',
            role: 'Engineer',
            location: { country: 'US' },
            currency: 'USD',
            pay: { base: p.baseB },
            ratings: { growth: p.growthB },
            numbers: { remote: p.remoteB },
          },
        ],
      }),
    );

  it('every reachable change really ties the rival in the full evaluation, and a bit less does not', () => {
    fc.assert(
      fc.property(twoOffers, (workspace) => {
        for (const result of breakEvenAll(workspace)) {
          if (result.status !== 'ties' || result.at === null) continue;
          const tied = scoresOf(applied(workspace, result, result.at), result);
          expect(Math.abs(tied.own.score - tied.rival.score)).toBeLessThan(1e-5);
          // Every lever here is better upwards, so a little less always loses the tie.
          const step = result.lever === 'value' ? 1e-3 : 1;
          const lost = scoresOf(applied(workspace, result, result.at - step), result);
          expect(lost.own.score).toBeLessThan(lost.rival.score);
        }
      }),
      { numRuns: 60 },
    );
  });
});
