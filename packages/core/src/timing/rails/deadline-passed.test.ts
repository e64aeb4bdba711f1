import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('deadline-passed', () => {
  it('flags a passed deadline on an offer that is still open', () => {
    expect(codes(anaWorkspace(), new Date('2026-11-28T09:00:00Z'))).toContain('deadline-passed');
  });
});
