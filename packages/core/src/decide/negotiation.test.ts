import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import { breakEven } from './break-even';
import { evaluate } from './evaluate';
import { negotiationPlan } from './negotiation';

const now = new Date('2026-11-25T12:00:00Z');
function planFor(name: string, offerId: string) {
  const workspace = exampleWorkspace(name);
  const plan = negotiationPlan(workspace, evaluate(workspace, { now }), offerId);
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('negotiationPlan', () => {
  it('gives the offer behind at most three asks, ranked by how much each moves the decision per unit asked', () => {
    const plan = planFor('pairwise-weights.yaml', 'tulip');
    expect(plan.position).toBe('trails');
    expect(plan.rival).toEqual({ id: 'harbor', company: 'Harbor Cloud' });
    expect(plan.asks.length).toBeGreaterThanOrEqual(1);
    expect(plan.asks.length).toBeLessThanOrEqual(3);
    const moves = plan.asks.map((a) => a.movePerPercent);
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    // Commute cannot close Tulip's gap, so it is not offered as an ask.
    expect(plan.asks.map((a) => a.priorityId)).not.toContain('commute');
  });

  it('puts the walk-away at the break-even point, rounded so accepting it never falls short, and the target beyond it', () => {
    const workspace = exampleWorkspace('international-move.yaml');
    const plan = planFor('international-move.yaml', 'alpenwerk');
    const base = plan.asks.find((a) => a.lever === 'base');
    const exact = breakEven(workspace, 'alpenwerk').find((r) => r.lever === 'base')?.at as number;
    expect(base?.walkAway).toBeGreaterThanOrEqual(exact);
    expect(base?.walkAway).toBeLessThan(exact + 100);
    expect(base?.target).toBeGreaterThan(base?.walkAway as number);
    expect(base?.text).toMatch(
      /^Base pay: ask for €[\d,]+ a year \(now €98,000\)\. Walk away from anything short of €[\d,]+: with less, Thames Digital Bank stays the better offer\.$/,
    );
  });

  it('states the walk-away total in the home currency, as the pay priority measures it', () => {
    const plan = planFor('international-move.yaml', 'alpenwerk');
    expect(plan.walkAwayTotal).toMatchObject({ currency: 'EUR', measure: 'pay-avg-4y' });
    expect(plan.walkAwayTotal?.text).toMatch(
      /^Your walk-away: if Alpenwerk Mobility AG's total pay comes to less than €[\d,]+ a year on average over four years \(in EUR, after cost of living\), decline it and take Thames Digital Bank\./,
    );
  });

  it('tells the leader how far each term can fall before the runner-up draws level', () => {
    const plan = planFor('international-move.yaml', 'thamesbank');
    expect(plan.position).toBe('leads');
    expect(plan.advice[0]).toMatch(/^Thames Digital Bank is already your first choice/);
    const base = plan.asks.find((a) => a.lever === 'base');
    expect(base?.walkAway).toBeLessThan(base?.current as number);
    expect(base?.target).toBeGreaterThan(base?.current as number);
    // The whole sign-on could go and Thames would still lead, so it is no lever for the decision.
    expect(plan.asks.map((a) => a.lever)).not.toContain('sign-on');
  });

  it('says plainly when no single change can bring a screened-out offer back', () => {
    const plan = planFor('two-local-offers.yaml', 'lonestar');
    expect(plan.position).toBe('screened-out');
    expect(plan.asks).toEqual([]);
    expect(plan.advice[0]).toContain('will not change your decision');
  });

  it('has nothing to negotiate towards when no other offer passes the screen', () => {
    const plan = planFor('two-local-offers.yaml', 'pecan');
    expect(plan.rival).toBeNull();
    expect(plan.asks).toEqual([]);
    expect(plan.walkAwayTotal).toBeNull();
  });

  it('returns undefined for an offer id that is not in the workspace', () => {
    const workspace = exampleWorkspace('international-move.yaml');
    expect(negotiationPlan(workspace, evaluate(workspace, { now }), 'nope')).toBeUndefined();
  });

  it('aims higher with more headroom and keeps number targets inside their scale', () => {
    const workspace = exampleWorkspace('pairwise-weights.yaml');
    const evaluation = evaluate(workspace, { now });
    const modest = negotiationPlan(workspace, evaluation, 'tulip', { headroom: 0.1 });
    const bold = negotiationPlan(workspace, evaluation, 'tulip', { headroom: 2 });
    const base = (plan: typeof modest) =>
      plan?.asks.find((a) => a.lever === 'base')?.target as number;
    expect(base(bold)).toBeGreaterThan(base(modest));
    const remote = bold?.asks.find((a) => a.priorityId === 'remote');
    expect(remote?.target).toBe(5);
  });
});
