import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('counter-offer-window', () => {
  it('flags a counter-offer left unanswered past its window (72 hours unless set)', () => {
    const counter = {
      at: '2026-11-21T10:00:00Z',
      source: 'written' as const,
      pay: { base: 84000 },
    };
    expect(codes(anaWorkspace({ thamesbank: { counterOffers: [counter] } }))).toContain(
      'counter-offer-window',
    );
    const recent = { ...counter, at: '2026-11-23T10:00:00Z' };
    expect(codes(anaWorkspace({ thamesbank: { counterOffers: [recent] } }))).not.toContain(
      'counter-offer-window',
    );
    const tight = anaWorkspace({
      thamesbank: { counterOffers: [recent], process: { counterOfferWindowHours: 24 } },
    });
    expect(codes(tight)).toContain('counter-offer-window');
  });
});
