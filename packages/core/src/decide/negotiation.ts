import { fxRateFor } from '../pay/currency';
import { offerPay } from '../pay/offer-pay';
import type { Workspace } from '../workspace/document';
import { formatMoney, formatNumber } from '../workspace/format';
import { isAfterTax } from '../workspace/vocabulary';
import { type BreakEvenLever, type BreakEvenResult, breakEven } from './break-even';
import { type Evaluation, priorityMeasure } from './evaluate';

/**
 * The negotiation plan for one offer: at most three asks that would actually change the
 * decision, each with a target to ask for and a walk-away point, and the pay total below which
 * the user should take the other offer instead.
 */

export interface NegotiationAsk {
  priorityId: string;
  lever: BreakEvenLever;
  label: string;
  /** The offer's currency for pay, the priority's unit otherwise. */
  unit: string;
  current: number;
  /** What to ask for. */
  target: number;
  /** For an offer behind: the least worth accepting. For the leader: how far it can fall and still come first. */
  walkAway: number;
  /** Score points this ask moves per 1 % of the priority's range (worst to best) asked; asks are ranked by it. */
  movePerPercent: number;
  /** The most it is sensible to ask for on this lever, and why; null for non-pay priorities. */
  bound: { max: number; why: string } | null;
  /** False when even the bound falls short of the walk-away: this ask alone cannot change the decision. */
  withinBound: boolean;
  text: string;
}

/**
 * How far a pay ask may sensibly go beyond the offer. Counter-offers usually land 10–20 % above
 * the initial base (resumeoptimizerpro.com/blog/counter-offer-letter, citing Fearless Salary
 * Negotiation, 2025); a sign-on above a quarter of the base or equity beyond half a year's base on
 * top of the grant are our own limits [D]: past them an ask reads as a different job, not a
 * better offer.
 */
export const ASK_BOUNDS = { basePct: 20, signOnPctOfBase: 25, equityPctOfBase: 50 } as const;

export interface NegotiationPlan {
  offerId: string;
  company: string;
  position: 'leads' | 'trails' | 'screened-out';
  rival: { id: string; company: string } | null;
  /** Score points from this offer to its rival (positive when behind). */
  gap: number;
  asks: NegotiationAsk[];
  /** The pay, in the home currency as the pay priority measures it, below which to decline. */
  walkAwayTotal: { amount: number; currency: string; measure: string; text: string } | null;
  advice: string[];
}

export interface NegotiationOptions {
  /** How far beyond the walk-away point to aim, as a share of the change; 0.25 by default. */
  headroom?: number;
  /** 3 by default: more asks dilute the ones that matter. */
  maxAsks?: number;
}

export const NEGOTIATION_DEFAULT_HEADROOM = 0.25;

const LEVER_LABELS: Record<Exclude<BreakEvenLever, 'value'>, string> = {
  base: 'Base pay',
  'sign-on': 'Sign-on bonus',
  equity: 'Equity grant',
};

/**
 * @example
 * negotiationPlan(workspace, evaluate(workspace, { now }), 'alpenwerk')?.advice[0]
 * //=> 'Alpenwerk Mobility AG is 0.04 points behind Thames Digital Bank. Any one of these asks …'
 */
export function negotiationPlan(
  workspace: Workspace,
  evaluation: Evaluation,
  offerId: string,
  options: NegotiationOptions = {},
): NegotiationPlan | undefined {
  const offer = evaluation.offers.find((o) => o.id === offerId);
  const source = workspace.offers.find((o) => o.id === offerId);
  if (!offer || !source) return undefined;
  const headroom = options.headroom ?? NEGOTIATION_DEFAULT_HEADROOM;
  const results = breakEven(workspace, offerId);
  const rivalId = results[0]?.rivalId;
  const rivalOffer = evaluation.offers.find((o) => o.id === rivalId);
  const rival = rivalOffer ? { id: rivalOffer.id, company: rivalOffer.company } : null;
  const gap = results[0]?.gap ?? 0;
  const position = !offer.feasible ? 'screened-out' : gap <= 0 ? 'leads' : 'trails';
  const home = workspace.profile.homeCurrency;
  const fx = fxRateFor(workspace, source.currency);

  const asks = results
    .filter((r) => r.status === 'ties' && r.change !== null && r.change !== 0)
    .map((r) => toAsk(workspace, r, position, headroom, fx, rival?.company ?? '', source.pay.base))
    .filter((ask) => ask.target !== ask.current)
    .sort((a, b) => b.movePerPercent - a.movePerPercent)
    .slice(0, options.maxAsks ?? 3);

  const walkAwayTotal = walkAwayTotalFor(workspace, results, offer.company, rival?.company, home);
  const advice: string[] = [];
  const points = formatNumber(Math.abs(gap), 2);
  if (!rival) {
    advice.push(
      `${offer.company} has no other offer that passes your non-negotiables to be measured against, so there is no break-even point to negotiate towards. Ask for what matters to you; your decision does not hinge on it.`,
    );
  } else if (position === 'leads') {
    advice.push(
      asks.length > 0
        ? `${offer.company} is already your first choice, ${points} points ahead of ${rival.company}. You can still ask for more; these terms move your decision most per unit asked. Each walk-away point is where ${rival.company} would draw level.`
        : `${offer.company} is your first choice, ${points} points ahead of ${rival.company}, and no single negotiable term puts that at risk. Ask for what you want; no answer will change your decision.`,
    );
  } else {
    const lead =
      position === 'screened-out'
        ? `${offer.company} is screened out: ${offer.screen.map((s) => s.reason).join(' ')}`
        : `${offer.company} is ${points} points behind ${rival.company}.`;
    const reachable = asks.filter((ask) => ask.withinBound).length;
    advice.push(
      asks.length === 0
        ? `${lead} No single change within your scales would make it tie ${rival.company}, so negotiating ${offer.company}'s terms one at a time will not change your decision.`
        : reachable === asks.length
          ? `${lead} Any one of these asks would make it tie on its own; they are ranked by how much each moves your decision per unit asked. Ask for the first; keep the others for a later round.`
          : reachable > 0
            ? `${lead} ${reachable === 1 ? 'One of these asks, within sensible limits, would' : `${reachable} of these asks, within sensible limits, would each`} make it tie on its own; they are ranked by how much each moves your decision per unit asked.`
            : `${lead} None of these asks, kept within sensible limits, would make it tie ${rival.company} on its own; ask if they matter to you, but do not expect them to change your decision.`,
    );
  }
  asks.forEach((ask, i) => {
    advice.push(`${i + 1}. ${ask.text}`);
  });
  if (walkAwayTotal) advice.push(walkAwayTotal.text);
  return {
    offerId,
    company: offer.company,
    position,
    rival,
    gap,
    asks,
    walkAwayTotal,
    advice,
  };
}

/** The most a pay ask may reach for an offer with this base (see ASK_BOUNDS). */
function boundFor(
  lever: BreakEvenLever,
  current: number,
  base: number,
  unit: string,
): NegotiationAsk['bound'] {
  if (lever === 'base') {
    const max = Math.floor((base * (1 + ASK_BOUNDS.basePct / 100)) / 500) * 500;
    return {
      max,
      why: `${ASK_BOUNDS.basePct} % above the offered base (${formatMoney(max, unit)}): counter-offers usually land 10–20 % above it`,
    };
  }
  if (lever === 'sign-on') {
    const max = Math.floor((base * ASK_BOUNDS.signOnPctOfBase) / 100 / 500) * 500;
    return {
      max: Math.max(max, current),
      why: `a quarter of the base (${formatMoney(max, unit)}): a larger sign-on rarely gets approved`,
    };
  }
  if (lever === 'equity') {
    const max = Math.floor((current + (base * ASK_BOUNDS.equityPctOfBase) / 100) / 500) * 500;
    return {
      max,
      why: `the grant plus half a year's base (${formatMoney(max, unit)}): more equity than that is a different job, not a better offer`,
    };
  }
  return null;
}

function toAsk(
  workspace: Workspace,
  result: BreakEvenResult,
  position: NegotiationPlan['position'],
  headroom: number,
  fx: number,
  rivalCompany: string,
  offeredBase: number,
): NegotiationAsk {
  const priority = workspace.priorities.find((p) => p.id === result.priorityId);
  const change = result.change as number;
  const at = result.at as number;
  const money = result.lever !== 'value';
  // Which way is better for this lever: behind, the change points that way; ahead, away from it.
  const better = position === 'leads' ? -Math.sign(change) : Math.sign(change);
  const walkAway = roundToward(at, better, money ? 100 : 0.1);
  const rawTarget =
    position === 'leads'
      ? result.current + better * Math.abs(change) * headroom
      : result.current + change * (1 + headroom);
  const bound = boundFor(result.lever, result.current, offeredBase, result.unit);
  const unbounded = clampToScale(
    roundToward(rawTarget, better, money && Math.abs(rawTarget) >= 10000 ? 500 : money ? 100 : 0.1),
    workspace,
    result,
  );
  const target = bound && better > 0 ? Math.min(unbounded, bound.max) : unbounded;
  const withinBound = !bound || better <= 0 || walkAway <= bound.max;
  const range = priority ? scaleRange(priority) : 1;
  const askedPercent = ((money ? Math.abs(change) * fx : Math.abs(change)) / range) * 100;
  const movePerPercent = askedPercent > 0 ? Math.abs(result.gap) / askedPercent : 0;
  const show = (n: number) =>
    money
      ? formatMoney(n, result.unit)
      : `${formatNumber(n, 1)}${result.unit ? ` ${result.unit}` : ''}`;
  const label = money
    ? LEVER_LABELS[result.lever as Exclude<BreakEvenLever, 'value'>]
    : (priority?.label ?? result.priorityId);
  const what =
    result.lever === 'base'
      ? `${show(target)} a year`
      : result.lever === 'sign-on'
        ? `${show(target)} in sign-on bonuses in total`
        : result.lever === 'equity'
          ? `equity worth ${show(target)} in total, on the same vesting`
          : show(target);
  const capped = bound && target < unbounded ? ` Capped at ${bound.why}.` : '';
  const text =
    position === 'leads'
      ? `${label}: ask for ${what} (now ${show(result.current)}). If they cannot, it stays first as far as ${show(walkAway)}; beyond that ${rivalCompany} is the better offer.${capped}`
      : withinBound
        ? `${label}: ask for ${what} (now ${show(result.current)}). Walk away from anything short of ${show(walkAway)}: with less, ${rivalCompany} stays the better offer.${capped}`
        : `${label}: at most ${what} (now ${show(result.current)}), the sensible limit: ${bound?.why}. It would take ${show(walkAway)} to tie ${rivalCompany}, so this ask alone will not change your decision.`;
  return {
    priorityId: result.priorityId,
    lever: result.lever,
    label,
    unit: result.unit,
    current: result.current,
    target,
    walkAway,
    movePerPercent,
    bound,
    withinBound,
    text,
  };
}

/** Rounds to a step, towards the better side, so a rounded walk-away never falls short. */
function roundToward(x: number, better: number, step: number): number {
  const rounded =
    better >= 0 ? Math.ceil(x / step - 1e-9) * step : Math.floor(x / step + 1e-9) * step;
  return Number(rounded.toFixed(6));
}

/** A number target beyond the best end of its scale gains nothing, so it stops there. */
function clampToScale(target: number, workspace: Workspace, result: BreakEvenResult): number {
  if (result.lever !== 'value') return target;
  const priority = workspace.priorities.find((p) => p.id === result.priorityId);
  if (!priority) return target;
  const xs = priority.valueFunction
    ? priority.valueFunction.points.map(([x]) => x)
    : [priority.worst ?? 1, priority.best ?? 5];
  return Math.min(Math.max(target, Math.min(...xs)), Math.max(...xs));
}

function scaleRange(priority: Workspace['priorities'][number]): number {
  if (priority.valueFunction) {
    const xs = priority.valueFunction.points.map(([x]) => x);
    return Math.max(...xs) - Math.min(...xs) || 1;
  }
  return Math.abs((priority.best ?? 5) - (priority.worst ?? 1)) || 1;
}

function walkAwayTotalFor(
  workspace: Workspace,
  results: BreakEvenResult[],
  company: string,
  rivalCompany: string | undefined,
  home: string,
): NegotiationPlan['walkAwayTotal'] {
  const base = results.find((r) => r.lever === 'base' && r.status === 'ties');
  const offer = workspace.offers.find((o) => o.id === base?.offerId);
  const priority = workspace.priorities.find((p) => p.id === base?.priorityId);
  if (!base || base.at === null || !offer || !priority || !rivalCompany) return null;
  const views = offerPay(workspace, { ...offer, pay: { ...offer.pay, base: base.at } });
  let amount = priorityMeasure(priority, offer, views) ?? 0;
  const minimum =
    priority.nonNegotiable && 'min' in priority.nonNegotiable
      ? priority.nonNegotiable.min
      : undefined;
  if (minimum !== undefined) amount = Math.max(amount, minimum);
  amount = Math.ceil(amount / 100) * 100;
  const measure = priority.measure.endsWith('year-1')
    ? 'in the first year'
    : 'a year on average over four years';
  const basis = `${isAfterTax(priority.measure) ? ', after tax' : ''}${priority.basis === 'cost-of-living' ? ', after cost of living' : ''}`;
  return {
    amount,
    currency: home,
    measure: priority.measure,
    text: `Your walk-away: if ${company}'s total pay comes to less than ${formatMoney(amount, home)} ${measure} (in ${home}${basis}), decline it and take ${rivalCompany}. Base, bonus, sign-on and equity all count towards it.`,
  };
}
