import type { HistoryEvent, Offer } from '../workspace/document';
import type { historyEventTypes, offerStatuses } from '../workspace/vocabulary';

export type OfferStatus = (typeof offerStatuses)[number];
export type HistoryEventType = (typeof historyEventTypes)[number];

/** Statuses in which the offer is still open to a decision. */
export const activeStatuses = [
  'received',
  'evaluating',
  'extension-requested',
  'negotiating',
] as const;
export type ActiveStatus = (typeof activeStatuses)[number];
/** Statuses that end the offer; only a new offer-received event reopens it. */
export const endedStatuses = ['declined', 'withdrawn', 'expired'] as const;

export interface LifecycleState {
  status: OfferStatus;
  /** Accepted in writing: a signed contract or letter, or an acceptance recorded as written. */
  signed: boolean;
  /** The user's request for more time, and its answer. */
  extension: 'none' | 'pending' | 'granted' | 'refused';
  /** Where an answered extension request returns to. */
  resumeTo: Exclude<ActiveStatus, 'extension-requested'>;
}

export const initialLifecycle: LifecycleState = {
  status: 'received',
  signed: false,
  extension: 'none',
  resumeTo: 'evaluating',
};

export type Transition = { ok: true; state: LifecycleState } | { ok: false; reason: string };

export function isActive(status: OfferStatus): status is ActiveStatus {
  return (activeStatuses as readonly string[]).includes(status);
}

function isEnded(status: OfferStatus): boolean {
  return (endedStatuses as readonly string[]).includes(status);
}

/**
 * One step of the offer's life. Refusals are values with a reason the user can act on, e.g. a
 * declined offer cannot be accepted until a new offer is recorded. `inWriting` marks an event
 * recorded as written, which makes an acceptance final in the same way as signing.
 */
export function transition(
  state: LifecycleState,
  type: HistoryEventType,
  inWriting = false,
): Transition {
  const ok = (next: Partial<LifecycleState>): Transition => ({
    ok: true,
    state: { ...state, ...next },
  });
  const no = (reason: string): Transition => ({ ok: false, reason });
  const { status } = state;
  const active = isActive(status);
  const closedReason = `the offer is already ${status}; record a new offer-received event first`;

  switch (type) {
    case 'offer-received':
      return ok({ ...initialLifecycle, status: 'received' });
    case 'note':
      return ok({});
    case 'call':
    case 'message-sent':
      return ok(status === 'received' ? { status: 'evaluating' } : {});
    case 'extension-requested':
      if (!active) return no(closedReason);
      if (state.extension === 'pending')
        return no('a request for more time is already waiting for an answer');
      return ok({
        status: 'extension-requested',
        extension: 'pending',
        resumeTo: status === 'negotiating' ? 'negotiating' : 'evaluating',
      });
    case 'extension-granted':
    case 'extension-refused':
      if (!active) return no(`the offer is already ${status}, so the answer no longer applies`);
      if (state.extension !== 'pending')
        return no(
          'no request for more time is waiting for an answer; record extension-requested first',
        );
      return ok({
        extension: type === 'extension-granted' ? 'granted' : 'refused',
        status: status === 'extension-requested' ? state.resumeTo : status,
      });
    case 'counter-offer':
      if (!active) return no(closedReason);
      return ok({ status: 'negotiating', resumeTo: 'negotiating' });
    case 'accepted':
      if (status === 'accepted') return no('the offer is already accepted');
      if (!active)
        return no(`a ${status} offer cannot be accepted; record a new offer-received event first`);
      return ok({ status: 'accepted', signed: inWriting, extension: 'none' });
    case 'signed':
      if (status === 'accepted' && state.signed) return no('the offer is already signed');
      if (status !== 'accepted' && !active)
        return no(`a ${status} offer cannot be signed; record a new offer-received event first`);
      return ok({ status: 'accepted', signed: true, extension: 'none' });
    case 'declined':
      if (status === 'accepted')
        return no('you accepted this offer; to back out, record withdrawn, not declined');
      if (!active) return no(closedReason);
      return ok({ status: 'declined', extension: 'none' });
    case 'withdrawn':
      if (isEnded(status)) return no(closedReason);
      return ok({ status: 'withdrawn', extension: 'none' });
    case 'expired':
      if (status === 'accepted') return no('an accepted offer does not expire');
      if (!active) return no(closedReason);
      return ok({ status: 'expired', extension: 'none' });
  }
}

export interface LifecycleStep {
  /** Position of the event in the offer's history list. */
  index: number;
  event: HistoryEvent;
  from: LifecycleState;
  to: LifecycleState;
  /** Why the event was not applied; null when it was. */
  refused: string | null;
}

export interface Lifecycle {
  state: LifecycleState;
  /** Events in time order with the state before and after each. */
  steps: LifecycleStep[];
  /** The status written in the file, when it disagrees with the history. */
  declaredStatus: OfferStatus | null;
}

/**
 * Replays an offer's history in time order from "received". Events that would make an illegal
 * move are kept in `steps` with the reason and leave the state unchanged. With no history the
 * file's `status` stands.
 */
export function offerLifecycle(offer: Offer): Lifecycle {
  const history = (offer.history ?? [])
    .map((event, index) => ({ event, index, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  if (history.length === 0) {
    const status = offer.status ?? 'received';
    return {
      state: {
        ...initialLifecycle,
        status,
        extension: status === 'extension-requested' ? 'pending' : 'none',
      },
      steps: [],
      declaredStatus: null,
    };
  }
  let state = initialLifecycle;
  const steps: LifecycleStep[] = [];
  for (const { event, index } of history) {
    const result = transition(state, event.type, event.source === 'written');
    const to = result.ok ? result.state : state;
    steps.push({ index, event, from: state, to, refused: result.ok ? null : result.reason });
    state = to;
  }
  const declared = offer.status;
  // While the history records no more than the offer's arrival and replies, an open status in
  // the file that is further along (a negotiation not logged event by event) stands.
  const early = state.status === 'received' || state.status === 'evaluating';
  if (
    early &&
    declared !== undefined &&
    declared !== 'received' &&
    isActive(declared) &&
    state.extension === 'none'
  ) {
    state = {
      ...state,
      status: declared,
      extension: declared === 'extension-requested' ? 'pending' : 'none',
      resumeTo: declared === 'negotiating' ? 'negotiating' : state.resumeTo,
    };
  }
  return {
    state,
    steps,
    declaredStatus: declared !== undefined && declared !== state.status ? declared : null,
  };
}
