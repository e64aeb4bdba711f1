import type { Workspace } from '../workspace/document';
import { type HistoryEventType, isActive, offerLifecycle } from './lifecycle';
import { screenedOut } from './rails/rail';

/** What the user must confirm before a decline or withdrawal is recorded, and why. */
export interface DeclineConfirmation {
  question: string;
  /** What makes this decline costly right now, most serious first; may be empty. */
  reasons: string[];
}

/**
 * A decline is hard to take back: once the employer hears it, the role goes to the next
 * candidate. Before recording one (or a withdrawal), core says so and lists what makes this one
 * risky: no other offer signed, another offer's answer still pending, or this offer being one you
 * would otherwise keep. Returns null for events that need no confirmation.
 *
 * @example
 * declineConfirmation(workspace, 'alpenwerk', 'declined')?.question
 * //=> 'Record that you declined Alpenwerk Mobility AG? A decline is hard to take back.'
 */
export function declineConfirmation(
  workspace: Workspace,
  offerId: string,
  type: HistoryEventType,
  now: Date,
): DeclineConfirmation | null {
  if (type !== 'declined' && type !== 'withdrawn') return null;
  const offer = workspace.offers.find((o) => o.id === offerId);
  if (!offer) return null;
  const others = workspace.offers
    .filter((o) => o.id !== offerId)
    .map((o) => ({ offer: o, state: offerLifecycle(o).state }));
  const reasons: string[] = [];
  const signed = others.find(({ state }) => state.status === 'accepted' && state.signed);
  const verbal = others.find(({ state }) => state.status === 'accepted' && !state.signed);
  if (!signed) {
    reasons.push(
      verbal
        ? `${verbal.offer.company} is accepted only verbally; if it falls through, you have no offer left.`
        : 'You have not signed another offer yet.',
    );
  }
  for (const { offer: other, state } of others) {
    if (isActive(state.status) && state.extension === 'pending')
      reasons.push(`${other.company} has not yet answered your request for more time.`);
  }
  if (!screenedOut(workspace, now).has(offerId) && !signed && !verbal)
    reasons.push(`${offer.company} passes all your non-negotiables.`);
  const verb = type === 'declined' ? 'declined' : 'withdrew from';
  return {
    question: `Record that you ${verb} ${offer.company}? A ${type === 'declined' ? 'decline' : 'withdrawal'} is hard to take back.`,
    reasons,
  };
}
