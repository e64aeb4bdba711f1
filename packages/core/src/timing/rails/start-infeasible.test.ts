import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('start-infeasible', () => {
  it('flags a start date the visa makes impossible', () => {
    const rail = guardRails(anaWorkspace(), NOW).find((r) => r.code === 'start-infeasible');
    expect(rail?.offerId).toBe('thamesbank');
    expect(rail?.reason).toContain('because of the visa');
  });
});
