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

  it('splits the days too early between the visa and notice plus move when both count', () => {
    // Without the visa the earliest start is 2027-03-12; with it 2027-04-14.
    const ws = anaWorkspace({ thamesbank: { startDate: '2027-03-10' } });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'start-infeasible');
    expect(rail?.reason).toContain(
      'is 35 days before your earliest possible start, 2027-04-14: the visa accounts for 33 of those days, your notice and move for 2',
    );
  });
});
