import { type Workspace, workspaceRuleIssues } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import {
  addOffer,
  addPriority,
  canRestore,
  insertAt,
  movePriority,
  removeAt,
  removeKeyAt,
  removeOffer,
  removePriority,
  renameKeyAt,
  replacedBy,
  replacesJudgments,
  restoreWeighting,
  setAt,
  setJudgment,
  setWeight,
  setWeightingMethod,
  updatePriority,
} from './edits';

const workspace: Workspace = {
  version: 1,
  profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
  priorities: [
    { id: 'pay', label: 'Pay', measure: 'pay-avg-4y', worst: 50000, best: 100000 },
    { id: 'growth', label: 'Growth', measure: 'rating' },
    { id: 'commute', label: 'Commute', measure: 'number', unit: 'min', worst: 90, best: 0 },
  ],
  weighting: { method: 'rank' },
  offers: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Engineer',
      location: { country: 'DE' },
      currency: 'EUR',
      pay: { base: 70000 },
      ratings: { growth: 4 },
      numbers: { commute: 30 },
    },
  ],
};

describe('workspace edits', () => {
  it('moves a priority to a new position and keeps the others in order', () => {
    const moved = movePriority(workspace, 2, 0);
    expect(moved.priorities.map((p) => p.id)).toEqual(['commute', 'pay', 'growth']);
  });

  it('removes a priority together with the offers’ values for it', () => {
    const removed = removePriority(workspace, 'growth');
    expect(removed.priorities.map((p) => p.id)).toEqual(['pay', 'commute']);
    expect(removed.offers[0]?.ratings).toEqual({});
    expect(workspaceRuleIssues(removed)).toEqual([]);
  });

  it('drops the offers’ values when a priority changes how it is measured', () => {
    const changed = updatePriority(workspace, 'growth', {
      id: 'growth',
      label: 'Growth',
      measure: 'number',
      worst: 0,
      best: 10,
    });
    expect(changed.offers[0]?.ratings).toEqual({});
    expect(workspaceRuleIssues(changed)).toEqual([]);
  });

  it('starts own weights from the weights the order gave, in whole percent', () => {
    const direct = setWeightingMethod(workspace, 'direct');
    expect(direct.weighting).toEqual({
      method: 'direct',
      weights: { pay: 61, growth: 28, commute: 11 },
    });
  });

  it('sets one weight and leaves the others as they were', () => {
    const next = setWeight(workspace, 'commute', 40);
    expect(next.weighting).toEqual({
      method: 'direct',
      weights: { pay: 61, growth: 28, commute: 40 },
    });
  });

  it('gives a new priority a weight when weights are the user’s own', () => {
    const direct = setWeightingMethod(workspace, 'direct');
    const added = addPriority(direct, { id: 'team', label: 'Team', measure: 'rating' });
    expect(workspaceRuleIssues(added)).toEqual([]);
  });
});

describe('pairwise weights', () => {
  const ahp: Workspace = {
    ...workspace,
    weighting: {
      method: 'ahp',
      matrix: [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
    },
  };

  it('reorders the matrix with the priorities, so every judgment keeps its pair', () => {
    const moved = movePriority(ahp, 2, 0);
    expect(moved.priorities.map((p) => p.id)).toEqual(['commute', 'pay', 'growth']);
    expect(moved.weighting).toEqual({
      method: 'ahp',
      matrix: [
        [1, 1 / 5, 1 / 2],
        [5, 1, 3],
        [2, 1 / 3, 1],
      ],
    });
  });

  it('drops the removed priority’s row and column', () => {
    const removed = removePriority(ahp, 'growth');
    expect(removed.weighting).toEqual({
      method: 'ahp',
      matrix: [
        [1, 5],
        [1 / 5, 1],
      ],
    });
    expect(workspaceRuleIssues(removed)).toEqual([]);
  });

  it('adds a new priority as equally important to every other', () => {
    const added = addPriority(ahp, { id: 'team', label: 'Team', measure: 'rating' });
    expect(
      added.weighting?.method === 'ahp' && added.weighting.matrix.map((r) => r.at(-1)),
    ).toEqual([1, 1, 1, 1]);
    expect(workspaceRuleIssues(added)).toEqual([]);
  });
});

describe('offer edits', () => {
  it('changes only the offer a path names', () => {
    const two = addOffer(workspace, {
      id: 'globex',
      company: 'Globex',
      role: 'Engineer',
      location: { country: 'DE' },
      currency: 'EUR',
      pay: { base: 80000 },
    });
    const changed = setAt(two, ['offers', 1, 'pay', 'base'], 90000);
    expect(changed.offers.map((o) => o.pay.base)).toEqual([70000, 90000]);
    expect(changed.offers[0]).toBe(two.offers[0]);
  });

  it('removes an offer by id', () => {
    expect(removeOffer(workspace, 'acme').offers).toEqual([]);
  });
});

describe('switching the weighting method', () => {
  const ahp: Workspace = {
    ...workspace,
    weighting: {
      method: 'ahp',
      matrix: [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
    },
  };

  it('asks before replacing judgments the user wrote, not before leaving rank', () => {
    expect(replacesJudgments(workspace, 'direct')).toBe(false);
    expect(replacesJudgments(ahp, 'direct')).toBe(true);
    expect(replacesJudgments(ahp, 'ahp')).toBe(false);
    expect(replacesJudgments(setWeightingMethod(workspace, 'direct'), 'rank')).toBe(true);
  });

  it('starts own weights from the pairwise weights, and restores the judgments afterwards', () => {
    const saved = replacedBy(ahp, 'direct');
    const direct = setWeightingMethod(ahp, 'direct');
    expect(direct.weighting?.method).toBe('direct');
    const weights = direct.weighting?.method === 'direct' ? direct.weighting.weights : {};
    expect(weights.pay).toBeGreaterThan(weights.growth ?? 0);
    expect(saved && restoreWeighting(direct, saved).weighting).toEqual(ahp.weighting);
  });

  it('does not restore a matrix onto priorities that changed since', () => {
    const saved = replacedBy(ahp, 'rank');
    if (!saved) throw new Error('expected a replaced weighting');
    const reordered = movePriority(setWeightingMethod(ahp, 'rank'), 0, 2);
    expect(canRestore(reordered, saved)).toBe(false);
    expect(restoreWeighting(reordered, saved)).toBe(reordered);
  });

  it('offers pairwise from any method, starting at "equally important"', () => {
    expect(setWeightingMethod(workspace, 'ahp').weighting).toEqual({
      method: 'ahp',
      matrix: [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
    });
    expect(workspaceRuleIssues(setWeightingMethod(workspace, 'ahp'))).toEqual([]);
  });

  it('sets one judgment and its reciprocal', () => {
    const next = setJudgment(ahp, 0, 2, 7);
    expect(next.weighting?.method === 'ahp' && next.weighting.matrix[0]?.[2]).toBe(7);
    expect(next.weighting?.method === 'ahp' && next.weighting.matrix[2]?.[0]).toBeCloseTo(1 / 7);
    expect(workspaceRuleIssues(next)).toEqual([]);
  });
});

describe('field edits by path', () => {
  it('clears an optional field without leaving an empty parent behind', () => {
    const cleared = setAt(workspace, ['offers', 0, 'relocation', 'covered', 'lumpSum'], undefined);
    expect(cleared).toBe(workspace);
  });

  it('renames and removes record entries in place, refusing a name already used', () => {
    const doc = setAt(workspace, ['rates'], { asOf: '2026-11-01', fx: { USD: 0.9, GBP: 1.2 } });
    const renamed = renameKeyAt(doc, ['rates', 'fx'], 'USD', 'CHF');
    expect(Object.keys(renamed.rates?.fx ?? {})).toEqual(['CHF', 'GBP']);
    expect(renameKeyAt(doc, ['rates', 'fx'], 'USD', 'GBP')).toBe(doc);
    const removed = removeKeyAt(removeKeyAt(doc, ['rates', 'fx'], 'USD'), ['rates', 'fx'], 'GBP');
    expect(removed.rates).toEqual({ asOf: '2026-11-01' });
  });

  it('removes an emptied optional list, as if never written', () => {
    const doc = insertAt(workspace, ['offers', 0, 'contacts'], { name: 'Mia', role: 'hr' });
    expect(doc.offers[0]?.contacts).toEqual([{ name: 'Mia', role: 'hr' }]);
    expect(removeAt(doc, ['offers', 0, 'contacts'], 0).offers[0]).toEqual(workspace.offers[0]);
  });
});
