import { deadlineClashes } from '../deadline-clashes';
import type { GuardRailRule } from './rail';

/**
 * Two deadlines within a business day force two answers at once; ask the earlier one for time.
 * On the same day that extension would end at the later deadline anyway (proposeExtension caps
 * it there, and the card says no extension would help), so the advice is to decide both together.
 */
export const deadlineClash: GuardRailRule = {
  code: 'deadline-clash',
  check: ({ workspace, now }) =>
    deadlineClashes(workspace, now).map((clash) => ({
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
