import type { PayProjection } from '../pay/compensation';
import { offerPay } from '../pay/offer-pay';
import { relocationNet, repaymentRisks } from '../pay/repayment';
import type { Offer, Priority, Weighting, Workspace } from '../workspace/document';
import { formatMoney } from '../workspace/format';
import type { Language } from '../workspace/language';
import { costOfLivingIndex } from '../workspace/places';
import { type AhpConsistency, ahp, ahpConsistency } from './ahp';
import { explainRanking } from './explanation';
import { describePay, describeScreen, describeValue } from './prose/evaluation-prose';
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
  fxRate: number;
  costOfLivingFactor: number | null;
  /** Relocation cover minus expected costs, home currency. */
  relocation: { covered: number; expected: number; net: number };
  risks: RiskLine[];
  /** How each figure was computed, in words. */
  how: { pay: string[]; values: Record<string, string> };
}

export interface Evaluation {
  evaluatedAt: string;
  homeCurrency: string;
  ratesAsOf: string | null;
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
  const homeIndex = costOfLivingIndex(
    workspace.rates?.costOfLiving,
    workspace.profile.homeLocation,
  );

  const offers = workspace.offers.map((offer) =>
    evaluateOffer(workspace, offer, weights, homeIndex, phrases),
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
  return {
    evaluatedAt: options.now.toISOString(),
    homeCurrency: home,
    ratesAsOf: workspace.rates?.asOf ?? null,
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

function evaluateOffer(
  workspace: Workspace,
  offer: Offer,
  weights: number[],
  homeIndex: number | undefined,
  phrases: AnalysisPhrasebook,
): OfferEvaluation {
  const home = workspace.profile.homeCurrency;
  const { fxRate, payInOfferCurrency, pay, costOfLivingFactor, payCostOfLiving } = offerPay(
    workspace,
    offer,
    homeIndex,
  );

  const raw: Record<string, number | null> = {};
  const values: Record<string, number> = {};
  const contributions: Record<string, number> = {};
  const valueHow: Record<string, string> = {};
  const screen: ScreenResult[] = [];
  const missing: string[] = [];
  workspace.priorities.forEach((priority, i) => {
    const measured = priorityMeasure(priority, offer, pay, payCostOfLiving);
    const value = priorityValue(priority, measured);
    raw[priority.id] = measured ?? null;
    values[priority.id] = value;
    contributions[priority.id] = value * (weights[i] ?? 0);
    if (measured === undefined) missing.push(priority.id);
    valueHow[priority.id] = describeValue(
      phrases,
      priority,
      measured,
      value,
      weights[i] ?? 0,
      home,
    );
    if (breaksNonNegotiable(priority, measured)) {
      screen.push({
        priorityId: priority.id,
        reason: describeScreen(phrases, priority, measured, home),
      });
    }
  });

  const reloc = relocationNet(offer);
  return {
    id: offer.id,
    company: offer.company,
    role: offer.role,
    feasible: screen.length === 0,
    failed: screen.map((s) => s.priorityId),
    screen,
    missing,
    score: weightedSum(Object.values(values), weights),
    rank: null,
    raw,
    values,
    contributions,
    pay,
    payInOfferCurrency,
    payCostOfLiving,
    fxRate,
    costOfLivingFactor,
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
      pay: describePay(phrases, workspace, offer, fxRate, costOfLivingFactor),
      values: valueHow,
    },
  };
}

/** The raw measure a priority scores, on the basis it asks for (market rates or cost of living). */
export function priorityMeasure(
  priority: Priority,
  offer: Offer,
  pay: PayProjection,
  payCostOfLiving: PayProjection | null,
): number | undefined {
  return rawMeasure(
    priority,
    offer,
    priority.basis === 'cost-of-living' ? (payCostOfLiving ?? pay) : pay,
  );
}

function rawMeasure(priority: Priority, offer: Offer, pay: PayProjection): number | undefined {
  switch (priority.measure) {
    case 'number':
      return offer.numbers?.[priority.id];
    case 'rating':
      return offer.ratings?.[priority.id];
    case 'pay-avg-4y':
      return pay.avg4y;
    case 'pay-year-1':
      return pay.years[0]?.total;
  }
}
