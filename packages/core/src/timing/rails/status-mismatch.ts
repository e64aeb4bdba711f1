import type { GuardRailRule } from './rail';

/** The history decides the state; a `status` that disagrees is reported, not silently used. */
export const statusMismatch: GuardRailRule = {
  code: 'status-mismatch',
  check: ({ lives }) =>
    lives.flatMap(({ offer, life, index }) =>
      life.declaredStatus
        ? [
            {
              severity: 'info' as const,
              offerId: offer.id,
              path: `offers[${index}].status`,
              reason: `The file says "${life.declaredStatus}", but the history leads to "${life.state.status}".`,
              nextStep: 'Update the status, or record the event that changed it.',
            },
          ]
        : [],
    ),
};
