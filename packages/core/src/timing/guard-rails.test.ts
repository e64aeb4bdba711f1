import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../test/ana-workspace';
import type { HistoryEvent } from '../workspace/document';
import { guardRailRules, guardRails } from './guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('guard rails', () => {
  it('has nothing to say about a calm workspace beyond the visa date', () => {
    expect(codes(anaWorkspace())).toEqual(['start-infeasible']);
  });

  it('has a rule, and a test file, for every code', async () => {
    const files = import.meta.glob('./rails/*.test.ts');
    for (const rule of guardRailRules) expect(files).toHaveProperty(`./rails/${rule.code}.test.ts`);
  });
});
