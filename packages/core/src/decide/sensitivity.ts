import { formatNumber, formatPct } from '../workspace/format';
import type { AhpConsistency } from './ahp';
import type { Evaluation } from './evaluate';
import { SMAA_DEFAULT_SAMPLES, SMAA_DEFAULT_SPREAD, type SmaaWeights, smaa } from './smaa';
import { topsis } from './topsis';
import { weightStability } from './weight-stability';

/**
 * How solid the current ranking is: weight stability per priority, rank acceptability over many
 * plausible weightings (SMAA), a second opinion from TOPSIS and, for pairwise weights, their
 * consistency; with the advice in words. Only offers that pass the screen take part.
 */

export interface SensitivityOptions {
  samples?: number;
  seed?: number;
  /** For direct and pairwise weights: how far each weight may move, as a share of itself. */
  spread?: number;
}

export interface PriorityStability {
  priorityId: string;
  label: string;
  weight: number;
  /** The leader stays first while this priority's weight is within [lower, upper]. */
  lower: number;
  upper: number;
  /** Who comes first below `lower` and above `upper`; null where the leader holds to 0 or 100 %. */
  belowLower: string | null;
  aboveUpper: string | null;
  text: string;
}

export interface OfferAcceptability {
  offerId: string;
  company: string;
  /** Share of sampled weightings in which the offer takes rank 1, 2, … */
  ranks: number[];
  /** The average weights among the samplings where it comes first (all 0 if it never does). */
  centralWeights: Record<string, number>;
  /** SMAA-2 confidence factor: 1 if it comes first at its own central weights, else 0. */
  confidence: number;
}

export interface SensitivityReport {
  leaderId: string | null;
  sampling: { samples: number; seed: number; kind: SmaaWeights['kind']; description: string };
  stability: PriorityStability[];
  acceptability: OfferAcceptability[];
  secondOpinion: {
    method: 'topsis';
    normalization: 'vector';
    closeness: Record<string, number>;
    ranks: Record<string, number>;
    agrees: boolean;
    text: string;
  } | null;
  consistency: AhpConsistency | null;
  advice: string[];
}

const ROBUST = 0.9;
const FAIRLY_ROBUST = 0.6;
const FRAGILE_LINES = 3;

export function sensitivity(
  evaluation: Evaluation,
  options: SensitivityOptions = {},
): SensitivityReport {
  const samples = options.samples ?? SMAA_DEFAULT_SAMPLES;
  const seed = options.seed ?? 1;
  const spread = options.spread ?? SMAA_DEFAULT_SPREAD;
  const priorities = evaluation.priorities;
  const weights = priorities.map((p) => p.weight);
  const method = evaluation.weightingMethod;
  const weightsKind: SmaaWeights =
    method === 'rank'
      ? { kind: 'ranked', order: priorities.map((_, j) => j) }
      : { kind: 'around', center: weights, spread };
  const description =
    weightsKind.kind === 'ranked'
      ? 'keeping your priorities in the order you ranked them'
      : `with each weight up to ${formatPct(spread)} higher or lower than yours`;
  const consistency = evaluation.consistency ?? null;
  const report: SensitivityReport = {
    leaderId: null,
    sampling: { samples, seed, kind: weightsKind.kind, description },
    stability: [],
    acceptability: [],
    secondOpinion: null,
    consistency,
    advice: [],
  };
  if (consistency?.warning) report.advice.push(consistency.warning);

  const offers = evaluation.offers.filter((o) => o.feasible);
  const [only] = offers;
  if (offers.length < 2) {
    report.leaderId = only?.id ?? null;
    report.advice.unshift(
      only
        ? `${only.company} is the only offer that passes your non-negotiables, so no change of weights can put another offer ahead of it.`
        : 'No offer passes all of your non-negotiables, so there is no ranking to test.',
    );
    return report;
  }
  const values = offers.map((o) => priorities.map((p) => o.values[p.id] ?? 0));
  const leaderIndex = values.reduce(
    (best, _, i) => (score(values, weights, i) > score(values, weights, best) ? i : best),
    0,
  );
  const leader = offers[leaderIndex] as (typeof offers)[number];
  report.leaderId = leader.id;
  const company = (i: number | null) => (i === null ? null : (offers[i]?.company ?? null));

  report.stability = weightStability(values, weights).map((interval) => {
    const priority = priorities[interval.criterion] as (typeof priorities)[number];
    const below = company(interval.lowerRival);
    const above = company(interval.upperRival);
    // A whole percent would blur a tipping point that sits close to the current weight.
    const close =
      Math.min(interval.upper - priority.weight, priority.weight - interval.lower) < 0.02;
    const pct = (x: number) => formatPct(x, close ? 1 : 0);
    const turns = [
      above ? `matters more than ${pct(interval.upper)} (then ${above} comes first)` : null,
      below ? `matters less than ${pct(interval.lower)} (then ${below} comes first)` : null,
    ].filter(Boolean);
    return {
      priorityId: priority.id,
      label: priority.label,
      weight: priority.weight,
      lower: interval.lower,
      upper: interval.upper,
      belowLower: interval.lowerRival === null ? null : (offers[interval.lowerRival]?.id ?? null),
      aboveUpper: interval.upperRival === null ? null : (offers[interval.upperRival]?.id ?? null),
      text:
        turns.length > 0
          ? `${leader.company} stays first unless ${priority.label} ${turns.join(' or ')}; it weighs ${pct(priority.weight)} now.`
          : `${priority.label}: no weight from 0 to 100 % would put another offer first.`,
    };
  });

  const result = smaa(values, { samples, seed, weights: weightsKind });
  report.acceptability = offers.map((o, i) => ({
    offerId: o.id,
    company: o.company,
    ranks: result.rankAcceptability[i] as number[],
    centralWeights: Object.fromEntries(
      priorities.map((p, j) => [p.id, result.centralWeights[i]?.[j] ?? 0]),
    ),
    confidence: result.confidence[i] ?? 0,
  }));

  const opinion = topsis(
    values,
    weights,
    priorities.map(() => 'benefit'),
  );
  const topsisFirst = offers.filter((_, i) => opinion.ranks[i] === 1);
  const agrees = topsisFirst.some((o) => o.id === leader.id);
  report.secondOpinion = {
    method: 'topsis',
    normalization: 'vector',
    closeness: Object.fromEntries(offers.map((o, i) => [o.id, opinion.closeness[i] ?? 0])),
    ranks: Object.fromEntries(offers.map((o, i) => [o.id, opinion.ranks[i] ?? 0])),
    agrees,
    text: agrees
      ? `A second method, TOPSIS (which favours the offer closest to the best on every priority at once), also puts ${leader.company} first.`
      : `A second method, TOPSIS (which favours the offer closest to the best on every priority at once), puts ${topsisFirst.map((o) => o.company).join(' and ')} first instead of ${leader.company}. The weighted sum lets a big lead on one priority make up for gaps elsewhere; TOPSIS prefers the more even offer. Worth a second look.`,
  };

  const first = result.rankAcceptability[leaderIndex]?.[0] ?? 0;
  const verdict =
    first >= ROBUST
      ? 'a robust choice'
      : first >= FAIRLY_ROBUST
        ? 'a fairly robust choice, but not a certain one'
        : 'a close call: modest changes in what you care about would change the winner';
  const others = report.acceptability
    .filter((a) => a.offerId !== leader.id && (a.ranks[0] ?? 0) > 0)
    .sort((a, b) => (b.ranks[0] ?? 0) - (a.ranks[0] ?? 0))
    .map((a) => `${a.company} in ${formatShare(a.ranks[0] ?? 0)}`);
  const fragile = [...report.stability]
    .filter((s) => s.belowLower !== null || s.aboveUpper !== null)
    .sort((a, b) => margin(a) - margin(b))
    .slice(0, FRAGILE_LINES);
  report.advice.unshift(
    `${leader.company} comes first in ${formatShare(first)} of ${formatNumber(samples, 0)} plausible weightings (sampled ${description}): ${verdict}.` +
      (others.length > 0 ? ` The others come first in the rest: ${others.join(', ')}.` : ''),
    ...fragile.map((s) => s.text),
    ...(fragile.length === 0
      ? [
          `No single priority's weight, from 0 to 100 %, would put another offer ahead of ${leader.company}.`,
        ]
      : []),
    report.secondOpinion.text,
  );
  if (consistency && !consistency.warning) {
    report.advice.push(
      `Your pairwise comparisons are consistent enough (consistency ratio ${formatNumber(consistency.cr, 2)}, at most ${consistency.threshold} is fine; random index from ${consistency.randomIndexTable}).`,
    );
  }
  return report;
}

function score(values: number[][], weights: number[], i: number): number {
  return (values[i] ?? []).reduce((sum, v, j) => sum + v * (weights[j] ?? 0), 0);
}

/** How far the weight can move before the winner changes, in the nearer direction. */
function margin(s: PriorityStability): number {
  return Math.min(
    s.belowLower === null ? Number.POSITIVE_INFINITY : s.weight - s.lower,
    s.aboveUpper === null ? Number.POSITIVE_INFINITY : s.upper - s.weight,
  );
}

/** Shares near 0 or 1 are not shown as 0 % or 100 % unless they are exactly that. */
function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return 'under 1 %';
  if (share < 1 && share > 0.99) return 'over 99 %';
  return formatPct(share);
}
