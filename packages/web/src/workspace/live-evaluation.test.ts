import { readFileSync } from 'node:fs';
import { readWorkspace, type Workspace } from '@offerwise/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecks } from './check';
import { setWeight } from './edits';
import { liveEvaluation } from './live-evaluation';

const now = new Date('2026-11-25T12:00:00Z');
const example = readWorkspace(
  readFileSync(new URL('../../../../examples/two-local-offers.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');
const workspace: Workspace = example.value;

describe('liveEvaluation', () => {
  // Core's checks load on demand in the browser; these tests are about checked documents.
  beforeAll(loadChecks);

  it('ranks the offers and screens out the one that breaks a deal-breaker', () => {
    const result = liveEvaluation(workspace, now);
    if (!result.ok) throw new Error('expected an evaluation');
    const lonestar = result.value.offers.find((o) => o.id === 'lonestar');
    expect(lonestar?.rank).toBeNull();
    expect(lonestar?.screen[0]?.reason).toMatch(/Commute/);
    expect(result.value.offers.find((o) => o.id === 'pecan')?.rank).toBe(1);
  });

  it('re-scores with the weight a slider sets', () => {
    const before = liveEvaluation(workspace, now);
    const after = liveEvaluation(setWeight(workspace, 'growth', 100), now);
    if (!before.ok || !after.ok) throw new Error('expected evaluations');
    expect(after.value.weightingMethod).toBe('direct');
    expect(after.value.weights.growth).toBeGreaterThan(before.value.weights.growth ?? 0);
  });

  it('returns the issues instead of scores while the document is invalid', () => {
    const broken = { ...workspace, priorities: [] };
    const result = liveEvaluation(broken, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('priorities');
  });
});
