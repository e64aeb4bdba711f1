import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightStability } from './weight-stability';

function leaderAt(values: number[][], weights: number[]): number[] {
  const scores = values.map((row) => row.reduce((s, v, j) => s + v * (weights[j] as number), 0));
  const best = Math.max(...scores);
  return scores.flatMap((s, i) => (s >= best - 1e-9 ? [i] : []));
}

/** Weight t on criterion j, the others rescaled in proportion. */
function moved(weights: number[], j: number, t: number): number[] {
  const current = weights[j] as number;
  return weights.map((w, k) => (k === j ? t : (w * (1 - t)) / (1 - current)));
}

describe('weightStability', () => {
  it('finds the exact tipping weights for two criteria', () => {
    // A leads at w = 0.7 and keeps the lead while w > 4/9 (0.8w + 0.2(1 − w) = 0.3w + 0.6(1 − w)).
    const [first, second] = weightStability(
      [
        [0.8, 0.2],
        [0.3, 0.6],
      ],
      [0.7, 0.3],
    );
    expect(first?.lower).toBeCloseTo(4 / 9, 12);
    expect(first).toMatchObject({ criterion: 0, upper: 1, lowerRival: 1, upperRival: null });
    expect(second?.upper).toBeCloseTo(5 / 9, 12);
    expect(second).toMatchObject({ criterion: 1, lower: 0, upperRival: 1, lowerRival: null });
  });

  it('names which rival takes over at each end', () => {
    // Leader B is balanced; A wins if criterion 0 dominates, C if criterion 1 does.
    const values = [
      [1, 0],
      [0.6, 0.6],
      [0, 1],
    ];
    const [first] = weightStability(values, [0.5, 0.5]);
    expect(first?.lower).toBeCloseTo(0.4, 12);
    expect(first?.upper).toBeCloseTo(0.6, 12);
    expect(first).toMatchObject({ lowerRival: 2, upperRival: 0 });
  });

  it('holds over the whole range for a leader that is best on everything', () => {
    expect(
      weightStability(
        [
          [0.9, 0.9],
          [0.1, 0.2],
        ],
        [0.5, 0.5],
      ),
    ).toEqual([
      { criterion: 0, lower: 0, upper: 1, lowerRival: null, upperRival: null },
      { criterion: 1, lower: 0, upper: 1, lowerRival: null, upperRival: null },
    ]);
  });

  const problem = fc
    .record({
      m: fc.integer({ min: 2, max: 5 }),
      n: fc.integer({ min: 2, max: 5 }),
    })
    .chain(({ m, n }) =>
      fc.record({
        values: fc.array(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
          { minLength: m, maxLength: m },
        ),
        raw: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
      }),
    )
    .map(({ values, raw }) => {
      const total = raw.reduce((a, b) => a + b, 0);
      return { values, weights: raw.map((w) => w / total) };
    });

  it('always contains the current weight', () => {
    fc.assert(
      fc.property(problem, ({ values, weights }) => {
        for (const interval of weightStability(values, weights)) {
          const current = weights[interval.criterion] as number;
          expect(interval.lower).toBeLessThanOrEqual(current + 1e-12);
          expect(interval.upper).toBeGreaterThanOrEqual(current - 1e-12);
        }
      }),
    );
  });

  it('keeps the leader first inside the interval and lets the named rival tie it at the ends', () => {
    fc.assert(
      fc.property(problem, ({ values, weights }) => {
        const scores = values.map((row) =>
          row.reduce((s, v, j) => s + v * (weights[j] as number), 0),
        );
        const leader = scores.indexOf(Math.max(...scores));
        for (const { criterion: j, lower, upper, lowerRival, upperRival } of weightStability(
          values,
          weights,
        )) {
          for (const t of [lower, (lower + upper) / 2, upper]) {
            expect(leaderAt(values, moved(weights, j, t))).toContain(leader);
          }
          if (lowerRival !== null)
            expect(leaderAt(values, moved(weights, j, lower))).toContain(lowerRival);
          if (upperRival !== null)
            expect(leaderAt(values, moved(weights, j, upper))).toContain(upperRival);
        }
      }),
    );
  });
});
