import type { Offer } from '../workspace/document';
import type { Channel } from './scenario';

export type Contact = NonNullable<Offer['contacts']>[number];

const rapportRank = { high: 3, medium: 2, low: 1 } as const;

/**
 * Who a message goes to. A recruiter note goes to the recruiter (or HR); everything else to the
 * hiring manager, the one with the best rapport first, since they made the offer.
 */
export function pickRecipient(offer: Offer, channel: Channel): Contact | undefined {
  const contacts = offer.contacts ?? [];
  const order =
    channel === 'recruiter'
      ? (['recruiter', 'hr', 'hiring-manager', 'other'] as const)
      : (['hiring-manager', 'recruiter', 'hr', 'other'] as const);
  for (const role of order) {
    const best = contacts
      .filter((contact) => contact.role === role)
      .sort((a, b) => rapportRank[b.rapport ?? 'low'] - rapportRank[a.rapport ?? 'low'])[0];
    if (best) return best;
  }
  return undefined;
}
