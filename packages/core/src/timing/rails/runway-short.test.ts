import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('runway-short', () => {
  it('warns when the months between paydays exceed the savings, and only then', () => {
    const short = guardRails(anaWorkspace({ profile: { savingsMonths: 1 } }), NOW);
    expect(short.filter((r) => r.code === 'runway-short').map((r) => r.offerId)).toContain(
      'alpenwerk',
    );
    expect(codes(anaWorkspace({ profile: { savingsMonths: 12 } }))).not.toContain('runway-short');
  });
});
