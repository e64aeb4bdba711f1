import { offerLifecycle, validateWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { recordSent } from './record-sent';

const workspace: Workspace = {
  version: 1,
  profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
  priorities: [{ id: 'growth', label: 'Growth', measure: 'rating' }],
  offers: [
    {
      id: 'globex',
      company: 'Globex',
      role: 'Engineer',
      location: { country: 'DE' },
      currency: 'EUR',
      status: 'evaluating',
      pay: { base: 80000 },
    },
  ],
};
const at = new Date('2026-11-25T12:00:00Z');

describe('recordSent', () => {
  it('declines the offer and logs the sent email in its history', () => {
    const result = recordSent(workspace, 'globex', { scenario: 'decline', channel: 'email', at });
    if (!result.ok) throw new Error('expected a workspace');
    const offer = result.value.offers[0];
    expect(offer?.status).toBe('declined');
    expect(offer?.history).toEqual([
      {
        at: '2026-11-25T12:00:00.000Z',
        type: 'declined',
        channel: 'email',
        source: 'written',
        note: 'decline message sent',
      },
    ]);
    expect(validateWorkspace(result.value).ok).toBe(true);
    if (offer) expect(offerLifecycle(offer).state.status).toBe('declined');
  });

  it('refuses, with core’s reason, to accept an offer already declined', () => {
    const declined = recordSent(workspace, 'globex', { scenario: 'decline', channel: 'email', at });
    if (!declined.ok) throw new Error('expected a workspace');
    const accepted = recordSent(declined.value, 'globex', {
      scenario: 'accept',
      channel: 'email',
      at,
    });
    expect(accepted.ok).toBe(false);
    if (!accepted.ok) expect(accepted.issues[0]?.message).toMatch(/cannot be accepted/);
  });

  it('keeps the offer open when the message only asks for more time', () => {
    const result = recordSent(workspace, 'globex', { scenario: 'extension', channel: 'phone', at });
    if (!result.ok) throw new Error('expected a workspace');
    expect(result.value.offers[0]?.status).toBe('extension-requested');
    expect(result.value.offers[0]?.history?.[0]?.source).toBe('verbal');
  });
});
