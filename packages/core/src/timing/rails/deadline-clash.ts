import { deadlineClashes } from '../deadline-clashes';
import type { GuardRailRule } from './rail';

/** Two deadlines on the same day force two answers at once; ask the earlier one for time. */
export const deadlineClash: GuardRailRule = {
  code: 'deadline-clash',
  check: ({ workspace, now, screenedOut }) =>
    deadlineClashes(workspace, now)
      // A deadline of an offer to be declined now clashes with nothing.
      .filter((clash) => !clash.offerIds.some((id) => screenedOut.has(id)))
      .map((clash) => ({
        severity: 'warning' as const,
        offerId: clash.offerIds[0],
        reason: clash.text,
        nextStep: 'Ask the earlier one for an extension of a few business days.',
        draft: 'extension-request' as const,
      })),
};
