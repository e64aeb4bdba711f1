import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkspace, validateWorkspace } from '../workspace/file';
import { formatIssue } from '../workspace/issues';
import { ahp } from './ahp';
import { evaluate, weightsFor } from './evaluate';

const now = new Date('2026-11-25T12:00:00Z');
const exampleText = readFileSync(
  new URL('../../../../examples/pairwise-weights.yaml', import.meta.url),
  'utf8',
);

function read(text: string) {
  const result = readWorkspace(text);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

function issuesOf(text: string): string[] {
  const result = readWorkspace(text);
  if (result.ok) throw new Error('expected the workspace to be rejected');
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('pairwise (AHP) weighting', () => {
  it('reads reciprocals written as "1/3" and weights priorities by the principal eigenvector', () => {
    const workspace = read(exampleText);
    if (workspace.weighting?.method !== 'ahp') throw new Error('expected ahp weighting');
    expect(workspace.weighting.matrix[3]?.[0]).toBeCloseTo(0.2, 12);
    expect(weightsFor(workspace)).toEqual(ahp(workspace.weighting.matrix).weights);
  });

  it('carries the consistency figures, naming the random-index table', () => {
    const evaluation = evaluate(read(exampleText), { now });
    expect(evaluation.weightingMethod).toBe('ahp');
    expect(evaluation.consistency).toMatchObject({
      acceptable: true,
      randomIndex: 0.9,
      randomIndexTable: 'Saaty_1980_pyDecision',
      warning: null,
    });
    expect(evaluation.consistency?.cr).toBeLessThan(0.1);
    const total = Object.values(evaluation.weights).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('warns with the pair to revisit when the judgments contradict each other', () => {
    const cyclic = exampleText.replace(
      /matrix:\n(.*\n){4}/,
      `matrix:
    - [1, 5, 1/5, 1]
    - [1/5, 1, 5, 1]
    - [5, 1/5, 1, 1]
    - [1, 1, 1, 1]
`,
    );
    const consistency = evaluate(read(cyclic), { now }).consistency;
    expect(consistency?.acceptable).toBe(false);
    expect(consistency?.warning).toMatch(/^Your pairwise comparisons contradict each other/);
  });

  it('names the row or cell to fix when the matrix does not fit the priorities', () => {
    const short = exampleText.replace('    - [1/5, 1/3, 1/2, 1] # commute\n', '');
    expect(issuesOf(short)).toEqual([
      'weighting.matrix: needs 4 rows, one per priority in order, got 3',
    ]);

    const ragged = exampleText.replace('[1/5, 1/3, 1/2, 1]', '[1/5, 1/3, 1]');
    expect(issuesOf(ragged)).toEqual([
      'weighting.matrix[3]: needs 4 numbers, one per priority, got 3',
    ]);

    const notReciprocal = exampleText.replace('[1/3, 1/2, 1, 2]', '[3, 1/2, 1, 2]');
    expect(issuesOf(notReciprocal)).toEqual([
      'weighting.matrix[2][0]: should be 1 / 3 (the reverse of pay vs remote), got 3',
    ]);

    const badDiagonal = exampleText.replace('[1, 2, 3, 5]', '[2, 2, 3, 5]');
    expect(issuesOf(badDiagonal)).toEqual([
      'weighting.matrix[0][0]: a priority compared with itself is 1 (pay)',
    ]);
  });

  it('refuses pairwise weighting beyond the 15 priorities that Saaty’s random index covers', () => {
    const workspace = read(exampleText);
    const priorities = Array.from({ length: 16 }, (_, i) => ({
      id: `p${i}`,
      label: `P${i}`,
      measure: 'rating' as const,
    }));
    const result = validateWorkspace({
      ...workspace,
      priorities,
      weighting: { method: 'ahp', matrix: priorities.map(() => priorities.map(() => 1)) },
      offers: [],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'weighting.matrix',
        message: 'pairwise weighting works for up to 15 priorities; use rank or direct weights',
      },
    ]);
  });

  it('rejects a judgment that is neither a positive number nor a reciprocal', () => {
    const issues = issuesOf(exampleText.replace('[1/2, 1, 2, 3]', '[half, 1, 2, 3]'));
    expect(issues).toEqual(['weighting.matrix[1][0]: expected a number, got "half"']);
  });
});
