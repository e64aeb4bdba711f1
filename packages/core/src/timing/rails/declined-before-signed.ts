import type { GuardRailRule, RailFinding } from './rail';

/** Declining the others before the chosen offer is signed leaves no fallback if it falls through. */
export const declinedBeforeSigned: GuardRailRule = {
  code: 'declined-before-signed',
  check: ({ accepted, lives }) => {
    const found: RailFinding[] = [];
    for (const { offer, life } of accepted) {
      if (life.state.signed) continue;
      const acceptedAt = [...life.steps]
        .reverse()
        .find((s) => s.event.type === 'accepted' && !s.refused)?.event.at;
      if (!acceptedAt) continue;
      for (const other of lives) {
        if (other.offer.id === offer.id) continue;
        const decline = other.life.steps.find(
          (s) =>
            s.event.type === 'declined' &&
            !s.refused &&
            Date.parse(s.event.at) >= Date.parse(acceptedAt),
        );
        if (!decline) continue;
        found.push({
          severity: 'warning',
          offerId: other.offer.id,
          reason: `You declined ${other.offer.company} while ${offer.company} is only accepted verbally.`,
          nextStep: `Get ${offer.company}'s offer signed or confirmed in writing now.`,
          draft: 'acceptance',
        });
      }
    }
    return found;
  },
};
