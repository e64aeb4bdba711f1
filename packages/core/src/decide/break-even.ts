import { type OfferPay, offerPay } from '../pay/offer-pay';
import type { EquityGrant, Offer, Pay, Priority, Workspace } from '../workspace/document';
import { isAfterTax } from '../workspace/vocabulary';
import { priorityMeasure, weightsFor } from './evaluate';
import { breaksNonNegotiable, priorityValue, scaleOf } from './scoring';

/**
 * The break-even solver: the smallest change to one term of an offer that makes it tie the
 * offer it is compared with, everything else held fixed. Every trial goes through core's own
 * pay projection, exchange rates, cost of living, value functions and screen, so what it says
 * is exactly what `evaluate` would then show.
 */

/** What changes: base pay (per year, rising with raises), a one-off sign-on, an equity grant's value, or the raw value of a number priority. */
export type BreakEvenLever = 'base' | 'sign-on' | 'equity' | 'value';

export interface BreakEvenResult {
  offerId: string;
  /** For pay levers, the first negotiable pay priority (every pay priority moves with them). */
  priorityId: string;
  lever: BreakEvenLever;
  /** The leader, or the runner-up when this offer leads. */
  rivalId: string;
  /**
   * `ties`: `change` makes the two scores equal (negative when this offer leads: how much it
   * can lose and still tie). `holds`: this offer leads and stays ahead however far the lever
   * falls, down to `at`. `not-reachable`: nothing within the lever's range closes the gap.
   */
  status: 'ties' | 'holds' | 'not-reachable';
  /** In lever units, signed as the raw value moves (fewer commute minutes is negative); null when not reachable. */
  change: number | null;
  /** The lever's level now: base, total sign-on, total initial grant value, or the raw value. */
  current: number;
  /** The lever's level after the change; null when not reachable. */
  at: number | null;
  /** The offer's currency for pay levers, the priority's unit for values. */
  unit: string;
  /** Score points between this offer and its rival now (rival minus this offer). */
  gap: number;
}

/** Default terms for an equity ask on an offer that has no grant to copy: four even years, one-year cliff. */
const DEFAULT_VESTING = { cliffMonths: 12, cadence: 'quarterly' } as const;
const TIE_TOLERANCE = 1e-9;
/** Pay levers are solved to half a unit of the offer's currency; shown figures are whole units. */
const MONEY_PRECISION = 0.5;
const MAX_STEPS = 200;
/** Beyond this much more pay, every value function is long clipped at its best. */
const MONEY_CEILING = 1e12;

/** A priority is negotiable when the user says so, or by default when it is pay or a number. */
export function isNegotiable(priority: Priority): boolean {
  return priority.negotiable ?? priority.measure !== 'rating';
}

interface Scored {
  score: number;
  feasible: boolean;
}

interface Context {
  workspace: Workspace;
  weights: number[];
  scored: Scored[];
  /** Value levers leave pay untouched, so its projection is computed once per offer. */
  payCache: WeakMap<Pay, OfferPay>;
  /** Whether any priority scores pay after tax; the tax estimate is skipped when none does. */
  withNet: boolean;
}

function context(workspace: Workspace): Context {
  const ctx: Context = {
    workspace,
    weights: weightsFor(workspace),
    scored: [],
    payCache: new WeakMap(),
    withNet: workspace.priorities.some((p) => isAfterTax(p.measure)),
  };
  ctx.scored = workspace.offers.map((offer) => scoreOffer(ctx, offer));
  return ctx;
}

/** The same score and screen as `evaluate`, without the words. */
function scoreOffer(ctx: Context, offer: Offer): Scored {
  let views = ctx.payCache.get(offer.pay);
  if (!views) {
    views = offerPay(ctx.workspace, offer, { withNet: ctx.withNet });
    ctx.payCache.set(offer.pay, views);
  }
  const payViews = views;
  let score = 0;
  let feasible = true;
  ctx.workspace.priorities.forEach((priority, i) => {
    const measured = priorityMeasure(priority, offer, payViews);
    score += priorityValue(priority, measured) * (ctx.weights[i] ?? 0);
    if (breaksNonNegotiable(priority, measured)) feasible = false;
  });
  return { score, feasible };
}

/** The best feasible offer other than `index` (the first of equals), or -1 if there is none. */
function rivalOf(ctx: Context, index: number): number {
  let rival = -1;
  ctx.scored.forEach((s, k) => {
    if (k === index || !s.feasible) return;
    if (rival < 0 || s.score > (ctx.scored[rival] as Scored).score + TIE_TOLERANCE) rival = k;
  });
  return rival;
}

interface Lever {
  lever: BreakEvenLever;
  priorityId: string;
  unit: string;
  current: number;
  /** The lowest and highest change that still means something. */
  floor: number;
  ceiling: number;
  precision: number;
  /** +1 when the raw value rises with the change, -1 when better means a lower raw value. */
  direction: 1 | -1;
  apply: (change: number) => Offer;
}

function leversFor(ctx: Context, offer: Offer): Lever[] {
  const { priorities } = ctx.workspace;
  const levers: Lever[] = [];
  const payPriority = priorities.find(
    (p) => p.measure !== 'number' && p.measure !== 'rating' && isNegotiable(p),
  );
  if (payPriority) {
    const withPay = (pay: Pay): Offer => ({ ...offer, pay });
    const money = {
      direction: 1 as const,
      priorityId: payPriority.id,
      unit: offer.currency,
      precision: MONEY_PRECISION,
      ceiling: MONEY_CEILING,
    };
    const base = offer.pay.base;
    levers.push({
      ...money,
      lever: 'base',
      current: base,
      floor: -base,
      apply: (d) => withPay({ ...offer.pay, base: Math.max(0, base + d) }),
    });
    const signOns = offer.pay.signOn ?? [];
    const signOnTotal = signOns.reduce((sum, s) => sum + s.amount, 0);
    levers.push({
      ...money,
      lever: 'sign-on',
      current: signOnTotal,
      floor: -signOnTotal,
      apply: (d) =>
        withPay({
          ...offer.pay,
          signOn:
            d >= 0
              ? [...signOns, { amount: d, paidInYear: 1 }]
              : signOns.map((s) => ({
                  ...s,
                  amount: (s.amount * (signOnTotal + d)) / signOnTotal,
                })),
        }),
    });
    const grants = offer.pay.equity ?? [];
    const initial = grants.filter((g) => !g.everyYear);
    const grantTotal = initial.reduce((sum, g) => sum + grantValue(g), 0);
    const template = initial[0];
    levers.push({
      ...money,
      lever: 'equity',
      current: grantTotal,
      floor: -grantTotal,
      apply: (d) =>
        withPay({
          ...offer.pay,
          equity:
            d >= 0
              ? [...grants, extraGrant(template, d)]
              : grants.map((g) => (g.everyYear ? g : scaleGrant(g, (grantTotal + d) / grantTotal))),
        }),
    });
  }

  for (const priority of priorities) {
    if ((priority.measure !== 'number' && priority.measure !== 'rating') || !isNegotiable(priority))
      continue;
    const field = priority.measure === 'number' ? 'numbers' : 'ratings';
    const current = offer[field]?.[priority.id];
    // A missing value has nothing to negotiate from; the evaluation already asks for it.
    if (current === undefined) continue;
    const { worse, better } = scaleEnds(priority);
    const direction = better >= worse ? 1 : (-1 as const);
    levers.push({
      lever: 'value',
      priorityId: priority.id,
      unit: priority.measure === 'rating' ? 'of 5' : (priority.unit ?? ''),
      current,
      floor: Math.min(0, direction * (worse - current)),
      ceiling: Math.max(0, direction * (better - current)),
      precision: Math.abs(better - worse) * 1e-9,
      direction,
      apply: (d) => ({
        ...offer,
        [field]: { ...offer[field], [priority.id]: current + direction * d },
      }),
    });
  }
  return levers;
}

/** The raw values at the worst and best ends of a priority's scale. */
function scaleEnds(priority: Priority): { worse: number; better: number } {
  const points = priority.valueFunction?.points;
  if (points) {
    const first = points[0] as [number, number];
    const last = points.at(-1) as [number, number];
    return last[1] >= first[1]
      ? { worse: first[0], better: last[0] }
      : { worse: last[0], better: first[0] };
  }
  const { worst, best } = scaleOf(priority);
  return { worse: worst, better: best };
}

function grantValue(grant: EquityGrant): number {
  return grant.kind === 'rsu'
    ? grant.grantValue
    : grant.shares * Math.max(0, grant.price - grant.strike);
}

function scaleGrant(grant: EquityGrant, factor: number): EquityGrant {
  return grant.kind === 'rsu'
    ? { ...grant, grantValue: grant.grantValue * factor }
    : { ...grant, shares: grant.shares * factor };
}

/** More equity on the same vesting terms as the offer's first grant. */
function extraGrant(template: EquityGrant | undefined, value: number): EquityGrant {
  if (!template)
    return { kind: 'rsu', grantValue: value, ...DEFAULT_VESTING, schedulePct: [25, 25, 25, 25] };
  const { schedulePct, cliffMonths, cadence, startYear, discountPct } = template;
  return {
    kind: 'rsu',
    grantValue: value,
    schedulePct,
    cliffMonths,
    cadence,
    startYear,
    discountPct,
  };
}

function solve(ctx: Context, index: number, rival: number, lever: Lever): BreakEvenResult {
  const offer = ctx.workspace.offers[index] as Offer;
  const target = (ctx.scored[rival] as Scored).score - TIE_TOLERANCE;
  const own = ctx.scored[index] as Scored;
  const passes = (d: number) => {
    const s = scoreOffer(ctx, lever.apply(d));
    return s.feasible && s.score >= target;
  };
  const result = (status: BreakEvenResult['status'], change: number | null): BreakEvenResult => ({
    offerId: offer.id,
    priorityId: lever.priorityId,
    lever: lever.lever,
    rivalId: ctx.workspace.offers[rival]?.id ?? '',
    status,
    change: change === null ? null : lever.direction * change,
    current: lever.current,
    at: change === null ? null : lever.current + lever.direction * change,
    unit: lever.unit,
    gap: (ctx.scored[rival] as Scored).score - own.score,
  });

  // Bisection on the real score, which only rises with the lever: `lo` fails, `hi` passes.
  let lo: number;
  let hi: number;
  if (own.feasible && own.score >= target) {
    if (passes(lever.floor)) return result('holds', lever.floor);
    lo = lever.floor;
    hi = 0;
  } else {
    if (lever.ceiling <= 0 || !passes(lever.ceiling)) return result('not-reachable', null);
    lo = 0;
    // Bracket from a small step upwards so bisection starts near the answer, not at the ceiling.
    hi = Math.min(lever.ceiling, Math.max(lever.precision * 1024, Math.abs(lever.current) / 16));
    while (hi < lever.ceiling && !passes(hi)) {
      lo = hi;
      hi = Math.min(lever.ceiling, hi * 4);
    }
  }
  for (let step = 0; step < MAX_STEPS && hi - lo > lever.precision; step++) {
    const mid = (lo + hi) / 2;
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return result('ties', hi);
}

/**
 * Break-even changes for one offer, every negotiable priority (pay gives three levers: base,
 * sign-on, equity). Empty when there is no feasible offer to compare with.
 *
 * @example
 * breakEven(workspace, 'alpenwerk')
 * //=> [{ lever: 'base', status: 'ties', change: 9120, current: 98000, at: 107120, unit: 'EUR', … }, …]
 */
export function breakEven(workspace: Workspace, offerId: string): BreakEvenResult[] {
  const ctx = context(workspace);
  const index = workspace.offers.findIndex((o) => o.id === offerId);
  return index < 0 ? [] : solveOffer(ctx, index);
}

/** Break-even changes for every offer × negotiable priority of the workspace. */
export function breakEvenAll(workspace: Workspace): BreakEvenResult[] {
  const ctx = context(workspace);
  return workspace.offers.flatMap((_, index) => solveOffer(ctx, index));
}

function solveOffer(ctx: Context, index: number): BreakEvenResult[] {
  const rival = rivalOf(ctx, index);
  if (rival < 0) return [];
  return leversFor(ctx, ctx.workspace.offers[index] as Offer).map((lever) =>
    solve(ctx, index, rival, lever),
  );
}
