import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('finalise-first', () => {
  it('takes an acceptance recorded in writing as final', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted', channel: 'email', source: 'written' },
        ],
      },
    });
    expect(codes(ws)).toContain('tell-others');
    expect(codes(ws)).not.toContain('finalise-first');
  });

  it('says finalise first while a verbal acceptance leaves other offers open', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted' },
        ],
      },
    });
    expect(codes(ws)).toContain('finalise-first');
    expect(codes(ws)).not.toContain('tell-others');
  });
});
