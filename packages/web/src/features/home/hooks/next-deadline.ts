import type { Offer } from '@offerwise/core';

const closed = new Set(['accepted', 'declined', 'withdrawn', 'expired']);

/** The earliest deadline still ahead of `now` among offers that are still open. */
export function nextDeadline(
  offers: readonly Pick<Offer, 'company' | 'status' | 'deadline'>[],
  now: Date,
): { company: string; at: Date } | null {
  let next: { company: string; at: Date } | null = null;
  for (const offer of offers) {
    if (!offer.deadline || closed.has(offer.status ?? '')) continue;
    const at = new Date(offer.deadline);
    if (at.getTime() < now.getTime()) continue;
    if (!next || at < next.at) next = { company: offer.company, at };
  }
  return next;
}
