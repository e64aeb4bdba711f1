import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../workspace/document';
import { historyEventTypes, offerStatuses } from '../workspace/vocabulary';
import {
  activeStatuses,
  endedStatuses,
  initialLifecycle,
  isActive,
  type LifecycleState,
  offerLifecycle,
  transition,
} from './lifecycle';

function replay(types: readonly (typeof historyEventTypes)[number][]): LifecycleState {
  let state = initialLifecycle;
  for (const type of types) {
    const result = transition(state, type);
    if (result.ok) state = result.state;
  }
  return state;
}

const offer = (history: Offer['history'], status?: Offer['status']): Offer => ({
  id: 'acme',
  company: 'Acme',
  role: 'Engineer',
  location: { country: 'DE' },
  currency: 'EUR',
  pay: { base: 90000 },
  history,
  ...(status ? { status } : {}),
});

describe('offer lifecycle', () => {
  it('moves from received to evaluating once you reply', () => {
    expect(replay(['offer-received', 'message-sent']).status).toBe('evaluating');
  });

  it('returns to negotiating when an extension is granted during a negotiation', () => {
    const state = replay(['counter-offer', 'extension-requested', 'extension-granted']);
    expect(state).toMatchObject({ status: 'negotiating', extension: 'granted' });
  });

  it('refuses to accept a declined offer, with the reason', () => {
    const declined = replay(['declined']);
    expect(transition(declined, 'accepted')).toEqual({
      ok: false,
      reason: 'a declined offer cannot be accepted; record a new offer-received event first',
    });
  });

  it('accepts a declined offer again only after a new offer event', () => {
    expect(replay(['declined', 'offer-received', 'accepted']).status).toBe('accepted');
  });

  it('refuses an answer to an extension nobody asked for', () => {
    const result = transition(replay(['message-sent']), 'extension-granted');
    expect(result.ok).toBe(false);
  });

  it('treats an acceptance recorded as written like a signature, and a verbal one as not final', () => {
    expect(transition(replay(['message-sent']), 'accepted', true)).toMatchObject({
      ok: true,
      state: { status: 'accepted', signed: true },
    });
    expect(replay(['message-sent', 'accepted'])).toMatchObject({
      status: 'accepted',
      signed: false,
    });
  });

  it('treats signing as accepting in writing', () => {
    expect(replay(['message-sent', 'signed'])).toMatchObject({ status: 'accepted', signed: true });
    expect(replay(['accepted', 'signed'])).toMatchObject({ status: 'accepted', signed: true });
  });

  it('asks for "withdrawn" rather than "declined" to back out of an accepted offer', () => {
    const result = transition(replay(['accepted']), 'declined');
    expect(result.ok).toBe(false);
    expect(replay(['accepted', 'withdrawn']).status).toBe('withdrawn');
  });

  it('replays history in time order and keeps refused events with their reason', () => {
    const life = offerLifecycle(
      offer([
        { at: '2026-11-22T10:00:00Z', type: 'accepted' },
        { at: '2026-11-20T10:00:00Z', type: 'offer-received' },
        { at: '2026-11-21T10:00:00Z', type: 'declined' },
      ]),
    );
    expect(life.steps.map((s) => s.index)).toEqual([1, 2, 0]);
    expect(life.state.status).toBe('declined');
    expect(life.steps[2]?.refused).toContain('cannot be accepted');
  });

  it('keeps the file status when there is no history, and flags a status the history contradicts', () => {
    expect(offerLifecycle(offer(undefined, 'negotiating')).state.status).toBe('negotiating');
    const life = offerLifecycle(
      offer([{ at: '2026-11-20T10:00:00Z', type: 'declined' }], 'accepted'),
    );
    expect(life.declaredStatus).toBe('accepted');
  });

  it('takes an open status from the file when the history only records the offer arriving', () => {
    const arrived = [{ at: '2026-11-20T10:00:00Z', type: 'offer-received' as const }];
    expect(offerLifecycle(offer(arrived, 'evaluating'))).toMatchObject({
      state: { status: 'evaluating' },
      declaredStatus: null,
    });
    expect(offerLifecycle(offer(arrived, 'extension-requested')).state).toMatchObject({
      status: 'extension-requested',
      extension: 'pending',
    });
    // A closed status needs its event: the history wins and the disagreement is reported.
    expect(offerLifecycle(offer(arrived, 'declined'))).toMatchObject({
      state: { status: 'received' },
      declaredStatus: 'declined',
    });
  });
});

describe('offer lifecycle, for any sequence of events', () => {
  const events = fc.array(fc.constantFrom(...historyEventTypes), { maxLength: 40 });
  const writtenEvents = fc.array(fc.tuple(fc.constantFrom(...historyEventTypes), fc.boolean()), {
    maxLength: 40,
  });

  it('never reaches an illegal state', () => {
    fc.assert(
      fc.property(writtenEvents, (events) => {
        let state = initialLifecycle;
        for (const [type, inWriting] of events) {
          const result = transition(state, type, inWriting);
          const next = result.ok ? result.state : state;
          expect(offerStatuses).toContain(next.status);
          // Only accepted (or an accepted offer later withdrawn) can be signed.
          if (next.signed) expect(['accepted', 'withdrawn']).toContain(next.status);
          // A pending request for more time belongs to an open offer.
          if (next.extension === 'pending') expect(isActive(next.status)).toBe(true);
          if (next.status === 'extension-requested') expect(next.extension).toBe('pending');
          if (result.ok) {
            // Acceptance only comes from an open offer (or signing an accepted one).
            if (next.status === 'accepted' && state.status !== 'accepted')
              expect(isActive(state.status)).toBe(true);
            // An ended offer reopens only with a new offer event.
            if (
              (endedStatuses as readonly string[]).includes(state.status) &&
              next.status !== state.status
            )
              expect(type).toBe('offer-received');
          } else {
            expect(result.reason.length).toBeGreaterThan(10);
          }
          state = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts an offer declined since the last offer-received', () => {
    fc.assert(
      fc.property(events, (types) => {
        let state = initialLifecycle;
        let declinedSinceOffer = false;
        for (const type of types) {
          const result = transition(state, type);
          if (!result.ok) continue;
          if (type === 'offer-received') declinedSinceOffer = false;
          if (result.state.status === 'declined') declinedSinceOffer = true;
          if (declinedSinceOffer) expect(result.state.status).not.toBe('accepted');
          state = result.state;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets calls, messages, notes and counter-offers happen on any open offer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...activeStatuses),
        fc.constantFrom('call', 'message-sent', 'note', 'counter-offer'),
        (status, type) => {
          const state = {
            ...initialLifecycle,
            status,
            extension: status === 'extension-requested' ? ('pending' as const) : ('none' as const),
          };
          expect(transition(state, type).ok).toBe(true);
        },
      ),
    );
  });
});
