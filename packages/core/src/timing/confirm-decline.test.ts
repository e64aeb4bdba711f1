import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../test/ana-workspace';
import { declineConfirmation } from './confirm-decline';

describe('declineConfirmation', () => {
  it('asks before a decline is recorded and says what makes it risky', () => {
    const confirm = declineConfirmation(anaWorkspace(), 'alpenwerk', 'declined', NOW);
    expect(confirm?.question).toBe(
      'Record that you declined Alpenwerk Mobility AG? A decline is hard to take back.',
    );
    expect(confirm?.reasons).toEqual([
      'You have not signed another offer yet.',
      'Alpenwerk Mobility AG passes all your non-negotiables.',
    ]);
  });

  it('names an acceptance that is only verbal', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          { at: '2026-11-16T15:00:00Z', type: 'offer-received' },
          { at: '2026-11-24T10:00:00Z', type: 'accepted', source: 'verbal' },
        ],
      },
    });
    expect(declineConfirmation(ws, 'alpenwerk', 'declined', NOW)?.reasons[0]).toBe(
      'Thames Digital Bank is accepted only verbally; if it falls through, you have no offer left.',
    );
  });

  it('also asks before a withdrawal, and not before other events', () => {
    expect(declineConfirmation(anaWorkspace(), 'alpenwerk', 'withdrawn', NOW)?.question).toContain(
      'withdrew from Alpenwerk',
    );
    expect(declineConfirmation(anaWorkspace(), 'alpenwerk', 'message-sent', NOW)).toBeNull();
  });
});
