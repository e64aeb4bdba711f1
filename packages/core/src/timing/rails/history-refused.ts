import type { GuardRailRule } from './rail';

/** History that cannot have happened (a decline after a signature, say) is shown, not hidden. */
export const historyRefused: GuardRailRule = {
  code: 'history-refused',
  check: ({ lives }) =>
    lives.flatMap(({ offer, life, index }) =>
      life.steps
        .filter((step) => step.refused !== null)
        .map((step) => ({
          severity: 'warning' as const,
          offerId: offer.id,
          path: `offers[${index}].history[${step.index}]`,
          reason: `${step.event.type} on ${step.event.at.slice(0, 10)} cannot happen here: ${step.refused}.`,
          nextStep: 'Correct the event, or add the event that is missing before it.',
        })),
    ),
};
