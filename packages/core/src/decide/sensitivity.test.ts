import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import type { Workspace } from '../workspace/document';
import { evaluate } from './evaluate';
import { sensitivity } from './sensitivity';

const now = new Date('2026-11-25T12:00:00Z');
function reportFor(name: string, options = {}) {
  const workspace = exampleWorkspace(name);
  return sensitivity(evaluate(workspace, { now }), options);
}

describe('sensitivity', () => {
  it('says how often the leader comes first and how the weights were sampled', () => {
    const report = reportFor('international-move.yaml', { samples: 4000, seed: 2 });
    expect(report.leaderId).toBe('thamesbank');
    expect(report.sampling).toMatchObject({ samples: 4000, seed: 2, kind: 'around' });
    expect(report.advice[0]).toMatch(
      /^Thames Digital Bank comes first in \d+ % of 4,000 plausible weightings \(sampled with each weight up to 25 % higher or lower than yours\): a robust choice\./,
    );
    const shares = report.acceptability.map((a) => a.ranks[0] ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('keeps ranked priorities in the user’s order when sampling', () => {
    const workspace = exampleWorkspace('pairwise-weights.yaml');
    const ranked: Workspace = { ...workspace, weighting: { method: 'rank' } };
    const report = sensitivity(evaluate(ranked, { now }), { samples: 2000 });
    expect(report.sampling.kind).toBe('ranked');
    expect(report.sampling.description).toBe(
      'keeping your priorities in the order you ranked them',
    );
    for (const a of report.acceptability) {
      const w = Object.values(a.centralWeights);
      if (w.every((x) => x === 0)) continue;
      for (let j = 1; j < w.length; j++) expect(w[j - 1]).toBeGreaterThanOrEqual(w[j] as number);
    }
  });

  it('gives the same numbers for the same seed', () => {
    expect(reportFor('pairwise-weights.yaml', { samples: 3000, seed: 9 })).toEqual(
      reportFor('pairwise-weights.yaml', { samples: 3000, seed: 9 }),
    );
  });

  it('names the weight at which another offer takes over, in words', () => {
    const report = reportFor('international-move.yaml');
    const pay = report.stability.find((s) => s.priorityId === 'pay');
    expect(pay?.belowLower).toBe('alpenwerk');
    expect(pay?.lower).toBeLessThan(pay?.weight as number);
    expect(pay?.text).toMatch(
      /^Thames Digital Bank stays first unless Pay after cost of living \(4-year average\) matters less than \d+ % \(then Alpenwerk Mobility AG comes first\); it weighs 40 % now\.$/,
    );
  });

  it('shows TOPSIS beside the weighted sum and notes whether it agrees', () => {
    const report = reportFor('pairwise-weights.yaml', { samples: 1000 });
    expect(report.secondOpinion?.agrees).toBe(true);
    expect(report.secondOpinion?.ranks.harbor).toBe(1);
    expect(report.advice).toContain(report.secondOpinion?.text);
  });

  it('notes a disagreement when TOPSIS prefers the more even offer', () => {
    // Spiky wins the weighted sum on one big lead; Even is close to the best everywhere.
    const workspace: Workspace = {
      version: 1,
      profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
      priorities: [
        { id: 'a', label: 'A', measure: 'rating' },
        { id: 'b', label: 'B', measure: 'rating' },
        { id: 'c', label: 'C', measure: 'rating' },
      ],
      weighting: { method: 'direct', weights: { a: 1, b: 1, c: 1 } },
      offers: [
        {
          id: 'spiky',
          company: 'Spiky',
          role: 'R',
          location: { country: 'DE' },
          currency: 'EUR',
          pay: { base: 1 },
          ratings: { a: 5, b: 5, c: 1 },
        },
        {
          id: 'even',
          company: 'Even',
          role: 'R',
          location: { country: 'DE' },
          currency: 'EUR',
          pay: { base: 1 },
          ratings: { a: 3.6, b: 3.6, c: 3.6 },
        },
      ],
    };
    const report = sensitivity(evaluate(workspace, { now }), { samples: 500 });
    expect(report.leaderId).toBe('spiky');
    expect(report.secondOpinion?.agrees).toBe(false);
    expect(report.secondOpinion?.text).toContain('puts Even first instead of Spiky');
  });

  it('passes the pairwise consistency through, and says when it is fine', () => {
    const report = reportFor('pairwise-weights.yaml', { samples: 500 });
    expect(report.consistency?.randomIndexTable).toBe('Saaty_1980_pyDecision');
    expect(report.advice.at(-1)).toMatch(/^Your pairwise comparisons are consistent enough/);
  });

  it('has nothing to test when only one offer passes the screen', () => {
    const report = reportFor('two-local-offers.yaml');
    expect(report.leaderId).toBe('pecan');
    expect(report.acceptability).toEqual([]);
    expect(report.advice).toEqual([
      'Pecan Labs is the only offer that passes your non-negotiables, so no change of weights can put another offer ahead of it.',
    ]);
  });
});
