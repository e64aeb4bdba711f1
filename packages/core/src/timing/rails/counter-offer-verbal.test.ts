import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('counter-offer-verbal', () => {
  it('asks for a verbal counter-offer in writing', () => {
    const ws = anaWorkspace({
      thamesbank: {
        counterOffers: [
          { at: '2026-11-24T10:00:00Z', source: 'verbal', channel: 'phone', pay: { base: 84000 } },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'counter-offer-verbal');
    expect(rail?.path).toBe('offers[0].counterOffers[0]');
    expect(rail?.draft).toBe('counter-offer-request');
  });
});
