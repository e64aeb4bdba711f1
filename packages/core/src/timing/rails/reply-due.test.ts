import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import { guardRails } from '../guard-rails';

// Alpenwerk with no deadline, received on Wednesday 25 November (Berlin).
const noDeadline = (history: { at: string; type: 'offer-received' | 'message-sent' }[]) =>
  anaWorkspace({ alpenwerk: { deadline: undefined, history } });

describe('reply-due', () => {
  it('gives an offer without a deadline three business days for an answer', () => {
    const ws = noDeadline([{ at: '2026-11-25T08:00:00Z', type: 'offer-received' }]);
    const rail = guardRails(ws, NOW).find((r) => r.code === 'reply-due');
    expect(rail?.offerId).toBe('alpenwerk');
    expect(rail?.severity).toBe('warning');
    // Wed 25 Nov + 3 business days = Mon 30 Nov, 17:00 in Berlin.
    expect(rail?.dueAt).toBe('2026-11-30T16:00:00.000Z');
    expect(rail?.reason).toContain('set no deadline');
  });

  it('is urgent once the reply is overdue', () => {
    const ws = noDeadline([{ at: '2026-11-16T08:00:00Z', type: 'offer-received' }]);
    const rail = guardRails(ws, NOW).find((r) => r.code === 'reply-due');
    expect(rail?.severity).toBe('urgent');
    expect(rail?.reason).toContain('which has passed');
  });

  it('is quiet once a reply is recorded, or when the offer has a deadline', () => {
    const replied = noDeadline([
      { at: '2026-11-16T08:00:00Z', type: 'offer-received' },
      { at: '2026-11-17T08:00:00Z', type: 'message-sent' },
    ]);
    expect(guardRails(replied, NOW).map((r) => r.code)).not.toContain('reply-due');
    expect(guardRails(anaWorkspace(), NOW).map((r) => r.code)).not.toContain('reply-due');
  });
});
