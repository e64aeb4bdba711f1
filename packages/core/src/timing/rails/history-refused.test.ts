import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('history-refused', () => {
  it('turns impossible history into a warning with its path and reason', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-21T10:00:00Z', type: 'declined' },
          { at: '2026-11-22T10:00:00Z', type: 'accepted' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'history-refused');
    expect(rail?.path).toBe('offers[1].history[2]');
    expect(rail?.reason).toContain('a declined offer cannot be accepted');
  });
});
