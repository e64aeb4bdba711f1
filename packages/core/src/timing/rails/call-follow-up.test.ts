import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('call-follow-up', () => {
  it('asks for a written follow-up after a phone call', () => {
    const call: HistoryEvent = {
      at: '2026-11-24T15:00:00Z',
      type: 'call',
      channel: 'phone',
      source: 'verbal',
    };
    const ws = anaWorkspace({ alpenwerk: { history: [received('2026-11-20T09:00:00Z'), call] } });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'call-follow-up');
    expect(rail?.path).toBe('offers[1].history[1]');
    expect(rail?.dueAt).toBe('2026-11-25T15:00:00.000Z');
    const followed = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          call,
          { at: '2026-11-24T17:00:00Z', type: 'message-sent', channel: 'email' },
        ],
      },
    });
    expect(codes(followed)).not.toContain('call-follow-up');
  });
});
