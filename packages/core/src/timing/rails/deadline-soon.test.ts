import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('deadline-soon', () => {
  it('warns of a deadline within 48 hours with no reply, and proposes an extension', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const rail = guardRails(anaWorkspace(), now).find((r) => r.code === 'deadline-soon');
    expect(rail?.offerId).toBe('alpenwerk');
    expect(rail?.reason).toContain('31 hours');
    expect(rail?.nextStep).toContain('ask for 2 more business days');
  });

  it('ignores a declined offer when capping the extension it proposes', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-24T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, new Date('2026-11-26T09:00:00Z')).find(
      (r) => r.code === 'deadline-soon',
    );
    expect(rail?.nextStep).toContain('ask for 5 more business days');
  });

  it('stays quiet about a close deadline once a reply is recorded', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-25T08:00:00Z', type: 'message-sent', channel: 'email' },
        ],
      },
    });
    expect(codes(ws, new Date('2026-11-26T09:00:00Z'))).not.toContain('deadline-soon');
  });
});
