import { readFileSync } from 'node:fs';
import { readWorkspace } from '@offerwise/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecks } from '../../../workspace/check';
import { timingPlan } from './timing-plan';

const example = readWorkspace(
  readFileSync(
    new URL('../../../../../../examples/two-local-offers.yaml', import.meta.url),
    'utf8',
  ),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');

describe('timingPlan', () => {
  // Core's checks load on demand in the browser; these tests are about checked documents.
  beforeAll(loadChecks);

  it('lists the dated plan in date order with a line per offer', () => {
    const result = timingPlan(example.value, new Date('2026-11-25T12:00:00Z'));
    if (!result.ok) throw new Error('expected a plan');
    const times = result.value.entries.map((e) => e.at.slice(0, 10));
    expect(times).toEqual([...times].sort());
    expect(result.value.offers.map((o) => o.offerId)).toEqual(['lonestar', 'pecan']);
  });

  it('returns the issues while the workspace is invalid', () => {
    expect(timingPlan({ ...example.value, priorities: [] }, new Date()).ok).toBe(false);
  });
});
