import type { Priority } from '../workspace/document';
import { linearValue, piecewiseValue } from './value-function';

/** Ratings run 1–5 unless the priority gives its own scale. */
const RATING_SCALE = { worst: 1, best: 5 };
const TIE_TOLERANCE = 1e-9;

/** The 0–1 value of a raw measure; a missing measure is worth 0 (and reported as missing). */
export function priorityValue(priority: Priority, raw: number | undefined): number {
  if (raw === undefined) return 0;
  if (priority.valueFunction) return piecewiseValue(raw, priority.valueFunction.points);
  return linearValue(raw, scaleOf(priority));
}

export function scaleOf(priority: Priority): { worst: number; best: number } {
  if (priority.worst !== undefined && priority.best !== undefined)
    return { worst: priority.worst, best: priority.best };
  return RATING_SCALE;
}

export interface ScreenFailure {
  priorityId: string;
  limit: { min: number } | { max: number };
  raw: number | undefined;
}

/** Whether a raw measure breaks the priority's non-negotiable; an unknown measure cannot pass it. */
export function breaksNonNegotiable(priority: Priority, raw: number | undefined): boolean {
  const limit = priority.nonNegotiable;
  if (!limit) return false;
  if (raw === undefined) return true;
  return 'min' in limit ? raw < limit.min : raw > limit.max;
}

/**
 * Competition ranks ("1, 1, 3") over the feasible offers by descending score; screened-out
 * offers get null. Scores within 1e-9 are a tie: the UI shows a tie rather than picking one.
 */
export function rankScores(
  scores: readonly number[],
  feasible: readonly boolean[],
): (number | null)[] {
  return scores.map((score, i) => {
    if (!feasible[i]) return null;
    const better = scores.filter((other, j) => feasible[j] && other > score + TIE_TOLERANCE).length;
    return better + 1;
  });
}

/** Σ weight × value, the weighted-sum model. */
export function weightedSum(values: readonly number[], weights: readonly number[]): number {
  return values.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);
}
