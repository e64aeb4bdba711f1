import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('status-mismatch', () => {
  it('reports a status that the history contradicts, with its path', () => {
    const ws = anaWorkspace({
      alpenwerk: { status: 'accepted', history: [received('2026-11-20T09:00:00Z')] },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'status-mismatch');
    expect(rail?.path).toBe('offers[1].status');
    expect(rail?.reason).toBe('The file says "accepted", but the history leads to "received".');
  });
});
