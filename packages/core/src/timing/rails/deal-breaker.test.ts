import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../../test/example-workspaces';
import { guardRails } from '../guard-rails';
import { buildTimeline } from '../timeline';

// Lonestar Health's commute (55 min) breaks Sam's 45-minute non-negotiable in the example.
const workspace = exampleWorkspace('two-local-offers.yaml');
const now = new Date('2026-11-25T09:00:00Z');

describe('deal-breaker', () => {
  it('advises declining an offer that fails a non-negotiable, now, with the decline draft', () => {
    const rail = guardRails(workspace, now).find((r) => r.code === 'deal-breaker');
    expect(rail).toMatchObject({ severity: 'urgent', offerId: 'lonestar', draft: 'decline' });
    expect(rail?.reason).toContain('Commute each way is 55 min');
    expect(rail?.nextStep).toBe('Decline Lonestar Health now: nothing else is planned for it.');
  });

  it('plans nothing else for it: no deadline, reminder, extension, milestone or other rail', () => {
    const timeline = buildTimeline(workspace, { now });
    const lonestar = timeline.entries.filter((e) => e.offerId === 'lonestar');
    expect(lonestar.map((e) => e.id)).toEqual(['lonestar-decline-now']);
    expect(timeline.warnings.filter((w) => w.offerId === 'lonestar').map((w) => w.code)).toEqual([
      'deal-breaker',
    ]);
    expect(timeline.nextActions[0]).toBe(
      'Decline Lonestar Health now: nothing else is planned for it.',
    );
  });

  it('lets its deadline cap nothing: the other offer is not rushed by it', () => {
    const timeline = buildTimeline(workspace, { now });
    const pecan = timeline.offers.find((o) => o.offerId === 'pecan');
    expect(pecan?.extension).toBeNull();
    expect(timeline.warnings.map((w) => w.code)).not.toContain('deadline-clash');
  });

  it('says nothing once the offer is declined', () => {
    const declined = {
      ...workspace,
      offers: workspace.offers.map((o) =>
        o.id === 'lonestar'
          ? {
              ...o,
              history: [
                ...(o.history ?? []),
                { at: '2026-11-25T08:00:00Z', type: 'declined' as const },
              ],
            }
          : o,
      ),
    };
    expect(guardRails(declined, now).map((r) => r.code)).not.toContain('deal-breaker');
  });
});
