import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'deadline-passed';
const DAY_MS = 86_400_000;
/** From this many days past the deadline an unacknowledged reply is an error, not a slip. */
const LATE_ERROR_DAYS = 7;

export const deadlinePassed: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a message about an offer whose deadline has passed',
  why: 'After the deadline the offer may already be gone, and a reply that ignores the date reads as careless. Say that you know you are late, and for an acceptance or an ask, check first that the offer still stands.',
  bad: {
    text: 'Dear Jonas,\n\nThank you for the offer. I have decided to decline it.\n\nBest regards,\nAna',
    context: {
      scenario: 'decline',
      workspace: true,
      offerId: 'alpenwerk',
      now: '2026-11-30T09:00:00+01:00',
    },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer, and I am sorry for this late reply. I have decided to decline it.\n\nBest regards,\nAna',
    context: {
      scenario: 'decline',
      workspace: true,
      offerId: 'alpenwerk',
      now: '2026-11-30T09:00:00+01:00',
    },
  },
  check(_tree, file, facts) {
    const deadline = facts.offer?.deadline;
    // Feedback comes after the decision and a withdrawal comes before any offer: no deadline applies.
    if (!deadline || !facts.now || facts.scenario === 'feedback' || facts.scenario === 'withdraw')
      return;
    const lateMs = facts.now.getTime() - new Date(deadline).getTime();
    if (lateMs <= 0) return;
    if (firstMatch(String(file), facts.words.lateAcknowledged)) return;
    const days = Math.floor(lateMs / DAY_MS);
    report(file, {
      ruleId,
      // Days late may be an oversight; a week or more without a word reads as ghosting.
      severity: days >= LATE_ERROR_DAYS ? 'error' : 'warning',
      reason: `Unexpected reply ${days >= 1 ? `${days} day${days === 1 ? '' : 's'} ` : ''}after the deadline of ${deadline.slice(0, 10)} without saying so, expected a line that acknowledges the late reply`,
      offset: 0,
      length: 0,
    });
  },
};
