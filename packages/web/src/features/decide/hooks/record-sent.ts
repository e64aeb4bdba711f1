import {
  type Channel,
  type HistoryEventType,
  offerLifecycle,
  type Result,
  type Scenario,
  transition,
  type Workspace,
} from '@offerwise/core';

/** What sending a message of each kind means for the offer's life. */
const eventFor: Record<Scenario, HistoryEventType> = {
  decline: 'declined',
  'counter-decline': 'declined',
  withdraw: 'withdrawn',
  accept: 'accepted',
  'counter-accept': 'accepted',
  extension: 'extension-requested',
  negotiate: 'message-sent',
  'counter-request': 'message-sent',
  feedback: 'message-sent',
};

const historyChannel = {
  email: 'email',
  phone: 'phone',
  recruiter: 'recruiter',
  linkedin: 'message',
} as const;

/**
 * Records that the user sent a message themselves: a history event and the offer's new status,
 * as core's lifecycle allows (a declined offer cannot then be accepted, and so on). A refusal
 * comes back as an issue with core's reason; nothing is recorded.
 */
export function recordSent(
  workspace: Workspace,
  offerId: string,
  sent: { scenario: Scenario; channel: Channel; at: Date },
): Result<Workspace> {
  const index = workspace.offers.findIndex((o) => o.id === offerId);
  const offer = workspace.offers[index];
  if (!offer) return { ok: false, issues: [{ path: 'offerId', message: `no offer "${offerId}"` }] };
  const type = eventFor[sent.scenario];
  const inWriting = sent.channel === 'email';
  const next = transition(offerLifecycle(offer).state, type, inWriting);
  if (!next.ok)
    return { ok: false, issues: [{ path: `offers[${index}].status`, message: next.reason }] };
  const event = {
    at: sent.at.toISOString(),
    type,
    channel: historyChannel[sent.channel],
    source: inWriting ? ('written' as const) : ('verbal' as const),
    note: `${sent.scenario} message sent`,
  };
  return {
    ok: true,
    value: {
      ...workspace,
      offers: workspace.offers.map((o) =>
        o.id === offerId
          ? { ...o, status: next.state.status, history: [...(o.history ?? []), event] }
          : o,
      ),
    },
  };
}
