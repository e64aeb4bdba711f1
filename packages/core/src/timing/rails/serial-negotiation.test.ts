import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import { guardRails } from '../guard-rails';

const counter = (at: string) => ({ at, source: 'written' as const, pay: { base: 95000 } });

describe('serial-negotiation', () => {
  it('notices a second counter-offer and asks for a final answer', () => {
    const ws = anaWorkspace({
      thamesbank: {
        counterOffers: [counter('2026-11-20T10:00:00Z'), counter('2026-11-23T10:00:00Z')],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'serial-negotiation');
    expect(rail?.offerId).toBe('thamesbank');
    expect(rail?.reason).toContain('2 counter-offers: this is round 3');
    expect(rail?.nextStep).toContain('final');
  });
  it('lets one round pass, and counts an offer listed and logged once', () => {
    const one = anaWorkspace({
      thamesbank: {
        counterOffers: [counter('2026-11-20T10:00:00Z')],
        history: [
          { at: '2026-11-16T15:00:00Z', type: 'offer-received' },
          { at: '2026-11-20T10:00:00Z', type: 'counter-offer', source: 'written' },
        ],
      },
    });
    expect(guardRails(one, NOW).map((r) => r.code)).not.toContain('serial-negotiation');
  });
});
