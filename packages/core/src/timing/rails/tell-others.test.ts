import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('tell-others', () => {
  it('says tell the others now once the chosen offer is signed', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [received('2026-11-16T15:00:00Z'), { at: '2026-11-23T10:00:00Z', type: 'signed' }],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'tell-others');
    expect(rail?.draft).toBe('decline');
    expect(rail?.reason).toContain('Alpenwerk Mobility AG is still waiting');
  });
});
