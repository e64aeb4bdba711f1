import { type GuardRailRule, type RailFinding, stateAt } from './rail';

/** Declining while an extension request is unanswered can leave you deciding with no fallback. */
export const declineBeforeExtensionAnswer: GuardRailRule = {
  code: 'decline-before-extension-answer',
  check: ({ lives }) => {
    const found: RailFinding[] = [];
    for (const { offer, life } of lives) {
      for (const step of life.steps) {
        if (step.event.type !== 'declined' || step.refused) continue;
        const t = Date.parse(step.event.at);
        for (const other of lives) {
          const same = other.offer.id === offer.id;
          // The decline itself clears this offer's request, so look at the state just before it.
          const before = same ? step.from : stateAt(other.life, t);
          if (before.extension !== 'pending') continue;
          found.push({
            severity: 'warning',
            offerId: offer.id,
            reason: same
              ? `You declined ${offer.company} while your request to them for more time was unanswered.`
              : `You declined ${offer.company} before ${other.offer.company} answered your request for more time; if they refuse, you must decide on them with no fallback.`,
            nextStep: same
              ? `Tell ${offer.company} the request no longer stands, so nobody chases it.`
              : `Wait for ${other.offer.company}'s answer before declining anything else.`,
          });
        }
      }
    }
    return found;
  },
};
