import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import type { HistoryEvent } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const _codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('decline-before-extension-answer', () => {
  it('warns about a decline made before an extension request was answered', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-22T10:00:00Z', type: 'extension-requested' },
        ],
      },
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'decline-before-extension-answer');
    expect(rail?.reason).toContain(
      'before Thames Digital Bank answered your request for more time',
    );
  });

  it('notices a decline sent while the same company still owed an answer about more time', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-22T10:00:00Z', type: 'extension-requested' },
          { at: '2026-11-23T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'decline-before-extension-answer');
    expect(rail?.nextStep).toBe(
      'Tell Alpenwerk Mobility AG the request no longer stands, so nobody chases it.',
    );
  });
});
