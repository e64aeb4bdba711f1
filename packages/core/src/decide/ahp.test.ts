import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AHP_RANDOM_INDEX_TABLE, ahp, ahpConsistency, mostInconsistentPair } from './ahp';

// ahp-leader-wikipedia: Wikipedia "Analytic hierarchy process – leader example", judgments as
// encoded in airicyu/ahp samples/wikiLeaderExample.js, via ../shared/reference/mcda-public.json.
// Published criteria weights 0.547, 0.127, 0.270, 0.056 (tolerance 0.001); λmax 4.1184 and
// CR 0.0439 (Saaty RI 0.90) derived there.
const LEADER_CRITERIA = [
  [1, 4, 3, 7],
  [0.25, 1, 0.3333333333, 3],
  [0.3333333333, 3, 1, 5],
  [0.1428571429, 0.3333333333, 0.2, 1],
];

// Same source: the four alternative matrices (Tom, Dick, Harry), their local priorities and CRs
// (Saaty RI 0.58).
const LEADER_ALTERNATIVES: { name: string; matrix: number[][]; local: number[]; cr: number }[] = [
  {
    name: 'Experience',
    matrix: [
      [1, 0.25, 4],
      [4, 1, 9],
      [0.25, 0.1111111111, 1],
    ],
    local: [0.217, 0.717, 0.066],
    cr: 0.0318,
  },
  {
    name: 'Education',
    matrix: [
      [1, 3, 0.2],
      [0.3333333333, 1, 0.1428571429],
      [5, 7, 1],
    ],
    local: [0.188, 0.081, 0.731],
    cr: 0.0559,
  },
  {
    name: 'Charisma',
    matrix: [
      [1, 5, 9],
      [0.2, 1, 4],
      [0.1111111111, 0.25, 1],
    ],
    local: [0.743, 0.194, 0.063],
    cr: 0.0614,
  },
  {
    name: 'Age',
    matrix: [
      [1, 0.3333333333, 5],
      [3, 1, 9],
      [0.2, 0.1111111111, 1],
    ],
    local: [0.265, 0.672, 0.063],
    cr: 0.0251,
  },
];

function expectClose(actual: readonly number[], expected: readonly number[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(Math.abs(a - (expected[i] as number))).toBeLessThanOrEqual(tolerance);
  });
}

describe('ahp', () => {
  it('reproduces the published criteria weights, λmax and CR of the Wikipedia leader example', () => {
    const result = ahp(LEADER_CRITERIA);
    expectClose(result.weights, [0.547, 0.127, 0.27, 0.056], 0.001);
    expect(result.lambdaMax).toBeCloseTo(4.1184, 3);
    expect(result.ci).toBeCloseTo((result.lambdaMax - 4) / 3, 12);
    expect(result.cr).toBeCloseTo(0.0439, 3);
  });

  it.each(LEADER_ALTERNATIVES)(
    'reproduces the local priorities and CR for $name in the leader example',
    ({ matrix, local, cr }) => {
      const result = ahp(matrix);
      expectClose(result.weights, local, 0.001);
      expect(result.cr).toBeCloseTo(cr, 3);
    },
  );

  it('reproduces the published global priorities (Dick first) by distributive synthesis', () => {
    const criteria = ahp(LEADER_CRITERIA).weights;
    const locals = LEADER_ALTERNATIVES.map((a) => ahp(a.matrix).weights);
    const global = [0, 1, 2].map((alt) =>
      criteria.reduce((sum, w, c) => sum + w * (locals[c]?.[alt] as number), 0),
    );
    expectClose(global, [0.358, 0.493, 0.149], 0.001);
  });

  it('returns the exact ratios and a zero CR for a perfectly consistent matrix', () => {
    const w = [0.5, 0.3, 0.2];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    const result = ahp(matrix);
    expectClose(result.weights, w, 1e-12);
    expect(result.lambdaMax).toBeCloseTo(3, 12);
    expect(result.cr).toBeCloseTo(0, 12);
  });

  it('gives CR 0 for two criteria, where any reciprocal judgment is consistent', () => {
    expect(
      ahp([
        [1, 3],
        [1 / 3, 1],
      ]),
    ).toEqual({ weights: [0.75, 0.25], lambdaMax: 2, ci: 0, cr: 0 });
  });

  it('refuses a matrix that is not square, empty or has non-positive judgments', () => {
    expect(() => ahp([])).toThrow(RangeError);
    expect(() => ahp([[1, 2]])).toThrow(RangeError);
    expect(() =>
      ahp([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });

  it('always returns positive weights that add up to 1 for reciprocal matrices', () => {
    const saatyScale = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9);
    const reciprocal = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc
        .array(saatyScale, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
        .map((upper) => {
          const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let k = 0;
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++) {
              const a = upper[k++] as number;
              (m[i] as number[])[j] = a;
              (m[j] as number[])[i] = 1 / a;
            }
          return m;
        }),
    );
    fc.assert(
      fc.property(reciprocal, (matrix) => {
        const { weights, lambdaMax, cr } = ahp(matrix);
        expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(weights.every((w) => w > 0)).toBe(true);
        // Perron: λmax ≥ n for a positive reciprocal matrix, so CR is never negative.
        expect(lambdaMax).toBeGreaterThanOrEqual(matrix.length - 1e-9);
        expect(cr).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('ahpConsistency', () => {
  const priorities = [
    { id: 'pay', label: 'Pay' },
    { id: 'growth', label: 'Growth' },
    { id: 'commute', label: 'Commute' },
  ];

  it('accepts the leader example and names the random-index table it used', () => {
    const report = ahpConsistency(LEADER_CRITERIA, [
      { id: 'experience', label: 'Experience' },
      { id: 'education', label: 'Education' },
      { id: 'charisma', label: 'Charisma' },
      { id: 'age', label: 'Age' },
    ]);
    expect(report).toMatchObject({
      acceptable: true,
      warning: null,
      randomIndex: 0.9,
      randomIndexTable: AHP_RANDOM_INDEX_TABLE,
    });
  });

  it('warns above CR 0.10 and names the judgment that contradicts the others most', () => {
    // Pay ≫ growth and growth ≫ commute, yet commute ≫ pay: a cycle.
    const matrix = [
      [1, 5, 1 / 5],
      [1 / 5, 1, 5],
      [5, 1 / 5, 1],
    ];
    const report = ahpConsistency(matrix, priorities);
    expect(report.acceptable).toBe(false);
    expect(report.cr).toBeGreaterThan(0.1);
    expect(report.warning).toContain('consistency ratio');
    expect(report.mostInconsistent).not.toBeNull();
  });

  it('picks the one judgment that was flipped in an otherwise consistent matrix', () => {
    // With three criteria every judgment shares the blame equally, so this needs four.
    const four = [...priorities, { id: 'team', label: 'Team' }];
    const w = [0.4, 0.3, 0.2, 0.1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    (matrix[0] as number[])[3] = 1 / 4;
    (matrix[3] as number[])[0] = 4;
    const report = ahpConsistency(matrix, four);
    expect(report.mostInconsistent).toMatchObject({ first: 'pay', second: 'team', stated: 0.25 });
    expect(report.warning).toContain('Revisit "Pay" against "Team" first: you rated it 1/4,');
  });

  it('finds no inconsistent pair in a consistent matrix', () => {
    const matrix = [
      [1, 2],
      [0.5, 1],
    ];
    expect(mostInconsistentPair(matrix, ahp(matrix).weights)).toBeNull();
  });
});
