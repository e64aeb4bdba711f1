import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'missing-thanks';

export const missingThanks: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'no thanks',
  why: 'Someone spent weeks interviewing you and argued for your offer. A line of thanks costs nothing and is the part of a decline people remember; its absence reads as cold even when the rest is polite.',
  bad: {
    text: 'Hi Jonas,\n\nI have decided to decline the offer for the Principal Engineer role.\n\nBest,\nAna',
    context: { scenario: 'decline' },
  },
  good: {
    text: 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    if (text.trim() === '' || firstMatch(text, facts.words.thanks)) return;
    const expected = facts.language === 'de' ? 'Vielen Dank für …' : 'Thank you for …';
    report(file, {
      ruleId,
      severity: 'warning',
      reason: `Missing thanks, expected a line such as \`${expected}\``,
      offset: 0,
      length: 0,
    });
  },
};
