import { type Workspace, workspaceRuleIssues } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import {
  addOffer,
  addPriority,
  movePriority,
  removeOffer,
  removePriority,
  setWeight,
  setWeightingMethod,
  updateOffer,
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
  it('changes only the offer it names', () => {
    const two = addOffer(workspace, {
      id: 'globex',
      company: 'Globex',
      role: 'Engineer',
      location: { country: 'DE' },
      currency: 'EUR',
      pay: { base: 80000 },
    });
    const changed = updateOffer(two, 'globex', (o) => ({ ...o, pay: { base: 90000 } }));
    expect(changed.offers.map((o) => o.pay.base)).toEqual([70000, 90000]);
  });

  it('removes an offer by id', () => {
    expect(removeOffer(workspace, 'acme').offers).toEqual([]);
  });
});
