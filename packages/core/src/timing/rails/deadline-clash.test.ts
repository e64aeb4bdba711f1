import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const _received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('deadline-clash', () => {
  it('flags deadlines that clash and savings that fall short', () => {
    const ws = anaWorkspace({
      alpenwerk: { deadline: '2026-12-01T12:00:00+01:00' },
      profile: { savingsMonths: 1 },
    });
    expect(codes(ws)).toEqual(expect.arrayContaining(['deadline-clash', 'runway-short']));
  });

  it('does not advise more time from one offer when both are due the same day', () => {
    const ws = anaWorkspace({ alpenwerk: { deadline: '2026-12-01T12:00:00+01:00' } });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'deadline-clash');
    expect(rail?.reason).toContain('the same day');
    expect(rail?.nextStep).toMatch(/Decide both together/);
    expect(rail?.draft).toBeNull();
  });
});
