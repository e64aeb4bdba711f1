import type { PayProjection } from '../pay/compensation';
import type { NetPayProjection } from '../pay/net-pay';
import { type OfferPay, offerPay } from '../pay/offer-pay';
import { type RaiseVsMove, raiseVsMove } from '../pay/raise-vs-move';
import { relocationNet, repaymentRisks } from '../pay/repayment';
import type { Offer, Priority, Weighting, Workspace } from '../workspace/document';
import { type FigureSource, figureSources, isUnwritten } from '../workspace/figure-source';
import { formatMoney } from '../workspace/format';
import type { Language } from '../workspace/language';
import {
  type CostOfLivingUse,
  fxSnapshot,
  priceLevelSnapshot,
  type RateUse,
  shippedRateWarnings,
} from '../workspace/rates';
import { isAfterTax } from '../workspace/vocabulary';
import { type AhpConsistency, ahp, ahpConsistency } from './ahp';
import { explainRanking } from './explanation';
import {
  type DescribedPriority,
  describePay,
  describePriority,
  describeScreen,
  describeValue,
} from './prose/evaluation-prose';
import { type AnalysisPhrasebook, analysisPhrasebook } from './prose/phrasebook';
import { breaksNonNegotiable, priorityValue, rankScores, weightedSum } from './scoring';
import { normaliseWeights, rocWeights } from './weights';

export interface ScreenResult {
  priorityId: string;
  reason: string;
}

export interface RiskLine {
  kind: 'sign-on' | 'relocation';
  /** In the home currency. */
  amount: number;
  untilMonth: number;
  rule: 'pro-rata' | 'full';
  text: string;
}

export interface OfferEvaluation {
  id: string;
  company: string;
  role: string;
  feasible: boolean;
  /** Ids of the non-negotiables this offer breaks. */
  failed: string[];
  screen: ScreenResult[];
  /** Priorities with no value given for this offer (scored 0 until filled in). */
  missing: string[];
  score: number;
  /** 1 = best among the offers that pass the screen; equal scores share a rank; null = screened out. */
  rank: number | null;
  raw: Record<string, number | null>;
  values: Record<string, number>;
  contributions: Record<string, number>;
  /** Pay in the home currency at market exchange rates. */
  pay: PayProjection;
  /** Pay in the offer's own currency. */
  payInOfferCurrency: PayProjection;
  /** Home-currency pay restated for the cost of living at the offer's place, when both indexes exist. */
  payCostOfLiving: PayProjection | null;
  /**
   * Pay after estimated income tax and employee contributions, home currency, with each year's
   * tax lines, effective and marginal rate and "how"; null when no estimate exists.
   */
  net: NetPayProjection | null;
  netInOfferCurrency: NetPayProjection | null;
  netCostOfLiving: NetPayProjection | null;
  /** The net raise over current pay set against the move's net cost and repayment risk. */
  move: RaiseVsMove;
  fxRate: number;
  /** Which exchange rate was used and where it came from (the user's, or the shipped ECB rate). */
  fx: RateUse;
  costOfLivingFactor: number | null;
  /** Where the cost-of-living factor came from, when there is one. */
  costOfLiving: CostOfLivingUse | null;
  /** Relocation cover minus expected costs, home currency. */
  relocation: { covered: number; expected: number; net: number };
  risks: RiskLine[];
  /** How each figure was computed, in words. */
  how: { pay: string[]; values: Record<string, string> };
  /** Where each figure the offer states came from (written with its document, verbal, …). */
  sources: FigureSource[];
  /** Figures that are only verbal or an estimate, so screens can mark them. */
  unwritten: FigureSource[];
}

export interface EvaluationRates {
  shipped: {
    kind: 'fx' | 'price-levels';
    source: string;
    sourceUrl: string;
    asOf: string;
    licence: string;
  }[];
  warnings: string[];
}

export interface Evaluation {
  evaluatedAt: string;
  homeCurrency: string;
  /** The user's rates date, else the shipped snapshot's when any shipped rate was used. */
  ratesAsOf: string | null;
  /** Shipped snapshots this evaluation relied on, and warnings when they are old. */
  rates: EvaluationRates;
  weightingMethod: Weighting['method'];
  weights: Record<string, number>;
  /** How consistent the pairwise judgments are; only for `weighting.method: ahp`. */
  consistency?: AhpConsistency;
  priorities: {
    id: string;
    label: string;
    measure: Priority['measure'];
    unit: string | null;
    weight: number;
  }[];
  offers: OfferEvaluation[];
  explanation: string[];
}

/**
 * Normalised weights in priority order: rank-order centroid from the order, the user's own, or
 * the principal eigenvector of the pairwise matrix.
 */
export function weightsFor(workspace: Workspace): number[] {
  const weighting = workspace.weighting ?? { method: 'rank' as const };
  if (weighting.method === 'rank') return rocWeights(workspace.priorities.length);
  if (weighting.method === 'ahp') return ahp(weighting.matrix).weights;
  return normaliseWeights(workspace.priorities.map((p) => weighting.weights[p.id] ?? 0));
}

export interface EvaluateOptions {
  now: Date;
  /** The language of the explanations ("how" lines, screen reasons, the ranking); English by default. */
  language?: Language;
}

/**
 * Evaluates every offer of a valid workspace: multi-year pay, the non-negotiable screen, values,
 * weighted scores, ranks and an explanation. Pure: `now` is only stamped on the result.
 */
export function evaluate(workspace: Workspace, options: EvaluateOptions): Evaluation {
  const phrases = analysisPhrasebook(options.language);
  const home = workspace.profile.homeCurrency;
  const weighting = workspace.weighting;
  const pairwise = weighting?.method === 'ahp' ? ahp(weighting.matrix) : null;
  const weights = pairwise ? pairwise.weights : weightsFor(workspace);
  const described = workspace.priorities.map((priority, i) =>
    describePriority(phrases, priority, weights[i] ?? 0, workspace.profile.homeCurrency),
  );
  const offers = workspace.offers.map((offer) =>
    evaluateOffer(workspace, offer, weights, phrases, described),
  );
  const ranks = rankScores(
    offers.map((o) => o.score),
    offers.map((o) => o.feasible),
  );
  offers.forEach((o, i) => {
    o.rank = ranks[i] ?? null;
  });

  const weightById = Object.fromEntries(
    workspace.priorities.map((p, i) => [p.id, weights[i] ?? 0]),
  );
  const rates = ratesUsed(workspace, offers, options.now);
  return {
    evaluatedAt: options.now.toISOString(),
    homeCurrency: home,
    ratesAsOf: workspace.rates?.asOf ?? rates.shipped.find((r) => r.kind === 'fx')?.asOf ?? null,
    rates,
    weightingMethod: weighting?.method ?? 'rank',
    weights: weightById,
    ...(pairwise && weighting?.method === 'ahp'
      ? { consistency: ahpConsistency(weighting.matrix, workspace.priorities, pairwise) }
      : {}),
    priorities: workspace.priorities.map((p) => ({
      id: p.id,
      label: p.label,
      measure: p.measure,
      unit: p.measure.startsWith('pay-') ? home : (p.unit ?? null),
      weight: weightById[p.id] ?? 0,
    })),
    offers,
    explanation: explainRanking(workspace.priorities, offers, phrases),
  };
}

/**
 * Shipped snapshots the scores depend on. Price levels count only when a priority measures pay
 * after the cost of living; otherwise the restated figure is shown but decides nothing.
 */
function ratesUsed(workspace: Workspace, offers: OfferEvaluation[], now: Date): EvaluationRates {
  const fx = offers.some((o) => o.fx.basis === 'shipped');
  const priceLevels =
    workspace.priorities.some((p) => p.basis === 'cost-of-living') &&
    offers.some((o) => o.costOfLiving?.basis === 'shipped');
  const shipped: EvaluationRates['shipped'] = [];
  const describe = (snapshot: typeof fxSnapshot | typeof priceLevelSnapshot) => ({
    source: snapshot.source,
    sourceUrl: snapshot.sourceUrl,
    asOf: snapshot.asOf,
    licence: snapshot.licence,
  });
  if (fx) shipped.push({ kind: 'fx', ...describe(fxSnapshot) });
  if (priceLevels) shipped.push({ kind: 'price-levels', ...describe(priceLevelSnapshot) });
  return { shipped, warnings: shippedRateWarnings(now, { fx, priceLevels }) };
}

function evaluateOffer(
  workspace: Workspace,
  offer: Offer,
  weights: number[],
  phrases: AnalysisPhrasebook,
  described: DescribedPriority[],
): OfferEvaluation {
  const home = workspace.profile.homeCurrency;
  const views = offerPay(workspace, offer);
  const { fxRate, fx, payInOfferCurrency, pay, costOfLivingFactor, costOfLiving, payCostOfLiving } =
    views;

  const raw: Record<string, number | null> = {};
  const values: Record<string, number> = {};
  const contributions: Record<string, number> = {};
  const valueHow: Record<string, string> = {};
  const screen: ScreenResult[] = [];
  const missing: string[] = [];
  // In priority order: an object's values put ids such as "2" before "salary".
  const valueList: number[] = [];
  for (const entry of described) {
    const { priority } = entry;
    const measured = priorityMeasure(priority, offer, views);
    const value = priorityValue(priority, measured);
    raw[priority.id] = measured ?? null;
    values[priority.id] = value;
    valueList.push(value);
    contributions[priority.id] = value * entry.weight;
    if (measured === undefined) missing.push(priority.id);
    valueHow[priority.id] =
      measured === undefined && isAfterTax(priority.measure)
        ? phrases.noTaxEstimate(priority.label, offer.location.country)
        : describeValue(phrases, entry, measured, value, home);
    if (breaksNonNegotiable(priority, measured)) {
      screen.push({
        priorityId: priority.id,
        reason: describeScreen(phrases, priority, measured, home),
      });
    }
  }

  const reloc = relocationNet(offer);
  const sources = figureSources(offer);
  return {
    id: offer.id,
    company: offer.company,
    role: offer.role,
    feasible: screen.length === 0,
    failed: screen.map((s) => s.priorityId),
    screen,
    missing,
    score: weightedSum(valueList, weights),
    rank: null,
    raw,
    values,
    contributions,
    pay,
    payInOfferCurrency,
    payCostOfLiving,
    net: views.net,
    netInOfferCurrency: views.netInOfferCurrency,
    netCostOfLiving: views.netCostOfLiving,
    move: raiseVsMove(workspace, offer, views),
    fxRate,
    fx,
    costOfLivingFactor,
    costOfLiving,
    relocation: {
      covered: reloc.covered * fxRate,
      expected: reloc.expected * fxRate,
      net: reloc.net * fxRate,
    },
    risks: repaymentRisks(offer).map((risk) => {
      const amount = risk.amount * fxRate;
      const shown = formatMoney(amount, home, phrases.locale);
      return { ...risk, amount, text: phrases.risk(risk.kind, shown, risk.untilMonth, risk.rule) };
    }),
    how: {
      pay: describePay(phrases, offer, fx, costOfLiving),
      values: valueHow,
    },
    sources,
    unwritten: sources.filter(isUnwritten),
  };
}

/** The pay views a measure can read: gross and net, at market rates and after cost of living. */
export type PayViews = Pick<OfferPay, 'pay' | 'payCostOfLiving' | 'net' | 'netCostOfLiving'>;

/** The raw measure a priority scores, on the basis it asks for (market rates or cost of living). */
export function priorityMeasure(
  priority: Priority,
  offer: Offer,
  views: PayViews,
): number | undefined {
  const costOfLiving = priority.basis === 'cost-of-living';
  const pay = costOfLiving ? (views.payCostOfLiving ?? views.pay) : views.pay;
  const net = costOfLiving ? (views.netCostOfLiving ?? views.net) : views.net;
  switch (priority.measure) {
    case 'number':
      return offer.numbers?.[priority.id];
    case 'rating':
      return offer.ratings?.[priority.id];
    case 'pay-avg-4y':
      return pay.avg4y;
    case 'pay-year-1':
      return pay.years[0]?.total;
    case 'pay-net-avg-4y':
      return net?.avg4y;
    case 'pay-net-year-1':
      return net?.years[0]?.net;
  }
}
