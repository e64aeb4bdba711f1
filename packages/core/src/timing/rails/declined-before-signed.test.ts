import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('declined-before-signed', () => {
  it('warns about declining others while the chosen offer is only accepted verbally', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted', channel: 'phone', source: 'verbal' },
        ],
      },
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-24T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'declined-before-signed');
    expect(rail?.reason).toBe(
      'You declined Alpenwerk Mobility AG while Thames Digital Bank is only accepted verbally.',
    );
    expect(rail?.nextStep).toContain('in writing');
  });
});
