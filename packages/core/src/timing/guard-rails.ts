import type { Workspace } from '../workspace/document';
import { callFollowUp } from './rails/call-follow-up';
import { counterOfferVerbal } from './rails/counter-offer-verbal';
import { counterOfferWindow } from './rails/counter-offer-window';
import { deadlineClash } from './rails/deadline-clash';
import { deadlinePassed } from './rails/deadline-passed';
import { deadlineSoon } from './rails/deadline-soon';
import { dealBreaker } from './rails/deal-breaker';
import { declineBeforeExtensionAnswer } from './rails/decline-before-extension-answer';
import { declinedBeforeSigned } from './rails/declined-before-signed';
import { finaliseFirst } from './rails/finalise-first';
import { historyRefused } from './rails/history-refused';
import { type GuardRail, type GuardRailCode, type GuardRailRule, railContext } from './rails/rail';
import { replyDue } from './rails/reply-due';
import { runwayShort } from './rails/runway-short';
import { serialNegotiation } from './rails/serial-negotiation';
import { sponsorshipInWriting } from './rails/sponsorship-in-writing';
import { startInfeasible } from './rails/start-infeasible';
import { statusMismatch } from './rails/status-mismatch';
import { tellOthers } from './rails/tell-others';

/** Every rail, in the order its findings are listed: the record first, then what is due. */
export const guardRailRules: readonly GuardRailRule[] = [
  historyRefused,
  statusMismatch,
  dealBreaker,
  declinedBeforeSigned,
  finaliseFirst,
  tellOthers,
  deadlinePassed,
  deadlineSoon,
  replyDue,
  callFollowUp,
  counterOfferVerbal,
  counterOfferWindow,
  serialNegotiation,
  declineBeforeExtensionAnswer,
  deadlineClash,
  startInfeasible,
  sponsorshipInWriting,
  runwayShort,
];

/**
 * Everything that could burn a bridge or miss a date right now, each with the reason and the
 * next step: unanswered deadlines, verbal-only agreements, declines that come too early,
 * start dates that notice and visa cannot meet.
 */
export function guardRails(
  workspace: Workspace,
  now: Date,
  screened?: Map<string, string[]>,
): GuardRail[] {
  const context = railContext(workspace, now, screened);
  return guardRailRules.flatMap((rule) =>
    rule
      .check(context)
      // An offer that fails a non-negotiable is to be declined; no other step is planned for it.
      .filter(
        (finding) =>
          !finding.offerId ||
          !context.screenedOut.has(finding.offerId) ||
          keptForScreened.includes(rule.code),
      )
      .map((finding) => ({
        code: rule.code,
        draft: null,
        dueAt: null,
        path: null,
        ...finding,
      })),
  );
}

/** The rails that still matter for an offer about to be declined: the decline and the record. */
const keptForScreened: readonly GuardRailCode[] = [
  'deal-breaker',
  'history-refused',
  'status-mismatch',
];
