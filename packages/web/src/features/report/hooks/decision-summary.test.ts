import { readFileSync } from 'node:fs';
import { readWorkspace } from '@offerwise/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChecks } from '../../../workspace/check';
import { decisionSummary } from './decision-summary';

const example = readWorkspace(
  readFileSync(
    new URL('../../../../../../examples/two-local-offers.yaml', import.meta.url),
    'utf8',
  ),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');

describe('decisionSummary', () => {
  // Core's checks load on demand in the browser; these tests are about checked documents.
  beforeAll(loadChecks);

  const now = new Date('2026-11-25T12:00:00Z');

  it('puts the ranking, its robustness and the next actions on one page', () => {
    const result = decisionSummary(example.value, now);
    if (!result.ok) throw new Error('expected a summary');
    expect(result.value.evaluation.offers).toHaveLength(2);
    expect(result.value.robustness).toMatch(/Pecan Labs/);
    expect(result.value.events.map((e) => e.company)).toEqual(['Pecan Labs', 'Lonestar Health']);
  });
});
