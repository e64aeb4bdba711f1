import { deadlineClashes } from '../deadline-clashes';
import type { GuardRailRule } from './rail';

/** Two deadlines on the same day force two answers at once; ask the earlier one for time. */
export const deadlineClash: GuardRailRule = {
  code: 'deadline-clash',
  check: ({ workspace, now }) =>
    deadlineClashes(workspace, now).map((clash) => ({
      severity: 'warning' as const,
      offerId: clash.offerIds[0],
      reason: clash.text,
      nextStep: 'Ask the earlier one for an extension of a few business days.',
      draft: 'extension-request' as const,
    })),
};
