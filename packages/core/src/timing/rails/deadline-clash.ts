import { deadlineClashes } from '../deadline-clashes';
import type { GuardRailRule } from './rail';

/**
 * Two deadlines close together force two answers at once: ask the earlier one for time. On the
 * very same day, more time from one alone does not help; decide both together.
 */
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
        nextStep:
          clash.businessDaysApart === 0
            ? 'Decide both together: compare them now, or ask both for more time.'
            : 'Ask the earlier one for an extension of a few business days.',
        draft: clash.businessDaysApart === 0 ? null : ('extension-request' as const),
      })),
};
