import { type AhpConsistency, ahpConsistency, type Priority } from '@offerwise/core';

/** Saaty's 1–9 scale both ways: 9 means "the first matters 9 times as much". */
export const saatyScale: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => 1 / n),
];

export interface Pair {
  i: number;
  j: number;
  first: Priority;
  second: Priority;
  value: number;
}

/** Every pair once (i before j, in priority order), with its judgment. */
export function pairsOf(priorities: readonly Priority[], matrix: readonly number[][]): Pair[] {
  const pairs: Pair[] = [];
  priorities.forEach((first, i) => {
    priorities.forEach((second, j) => {
      if (j > i) pairs.push({ i, j, first, second, value: matrix[i]?.[j] ?? 1 });
    });
  });
  return pairs;
}

/** "3" or "1/3": how the file writes a judgment, and how a select can hold it. */
export function judgmentKey(value: number): string {
  if (value >= 1) return String(Number(value.toFixed(4)));
  return `1/${Number((1 / value).toFixed(4))}`;
}

export function judgmentOf(key: string): number {
  const [top, bottom] = key.split('/');
  return bottom === undefined ? Number(top) : Number(top) / Number(bottom);
}

/** The scale's judgments plus the pair's own when it is off the scale (e.g. 2.5 from a file). */
export function optionsFor(value: number): number[] {
  const onScale = saatyScale.some((v) => judgmentKey(v) === judgmentKey(value));
  return onScale ? [...saatyScale] : [...saatyScale, value].sort((a, b) => b - a);
}

/** The matrix's consistency, or null when it does not fit the priorities (the save bar says why). */
export function consistencyOf(
  matrix: number[][],
  priorities: readonly Priority[],
): AhpConsistency | null {
  const n = priorities.length;
  if (n < 2 || matrix.length !== n || matrix.some((row) => row.length !== n)) return null;
  try {
    return ahpConsistency(matrix, priorities);
  } catch {
    return null;
  }
}
