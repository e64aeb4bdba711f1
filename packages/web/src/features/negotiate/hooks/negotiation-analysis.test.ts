import { readFileSync } from 'node:fs';
import { readWorkspace } from '@offerwise/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecks } from '../../../workspace/check';
import { negotiationAnalysis } from './negotiation-analysis';

const now = new Date('2026-11-25T12:00:00Z');
const file = (name: string) =>
  readFileSync(new URL(`../../../../../../examples/${name}.yaml`, import.meta.url), 'utf8');

describe('negotiationAnalysis', () => {
  // Core's checks load on demand in the browser; these tests are about checked documents.
  beforeAll(loadChecks);

  it('gives a robustness share for each offer that passes the screen and a plan for every offer', () => {
    const workspace = readWorkspace(file('international-move'));
    if (!workspace.ok) throw new Error('examples/international-move.yaml should be valid');
    const result = negotiationAnalysis(workspace.value, now);
    if (!result.ok) throw new Error('expected an analysis');
    const { report, plans, evaluation } = result.value;
    const feasible = evaluation.offers.filter((o) => o.feasible);
    expect(report.acceptability.map((a) => a.offerId)).toEqual(feasible.map((o) => o.id));
    const firstShares = report.acceptability.reduce((sum, a) => sum + (a.ranks[0] ?? 0), 0);
    expect(firstShares).toBeCloseTo(1, 6);
    expect(plans.map((p) => p.offerId)).toEqual(evaluation.offers.map((o) => o.id));
  });

  it('is the same on every run, since the sampler is seeded', () => {
    const workspace = readWorkspace(file('two-local-offers'));
    if (!workspace.ok) throw new Error('examples/two-local-offers.yaml should be valid');
    const a = negotiationAnalysis(workspace.value, now);
    const b = negotiationAnalysis(workspace.value, now);
    expect(a).toEqual(b);
  });
});
