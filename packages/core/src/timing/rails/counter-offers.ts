import type { OfferLife } from './rail';

export interface CounterMention {
  at: string;
  source: string | undefined;
  path: string;
}

/** Every counter-offer of an offer, from its list and its history, oldest first. */
export function counterMentions({ offer, life, index }: OfferLife): CounterMention[] {
  return [
    ...(offer.counterOffers ?? []).map((c, k) => ({
      at: c.at,
      source: c.source,
      path: `offers[${index}].counterOffers[${k}]`,
    })),
    ...life.steps
      .filter((s) => s.event.type === 'counter-offer' && !s.refused)
      .map((s) => ({
        at: s.event.at,
        source: s.event.source,
        path: `offers[${index}].history[${s.index}]`,
      })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
