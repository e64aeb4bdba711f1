import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'deadline-passed';

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
    if (new Date(deadline).getTime() > facts.now.getTime()) return;
    if (firstMatch(String(file), facts.words.lateAcknowledged)) return;
    report(file, {
      ruleId,
      severity: 'warning',
      reason: `Unexpected reply after the deadline of ${deadline.slice(0, 10)} without saying so, expected a line that acknowledges the late reply`,
      offset: 0,
      length: 0,
    });
  },
};
