import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'extension-needs-date';

export const extensionNeedsDate: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'an extension request without a number of days or a date',
  why: '"Could I have a bit more time?" forces the other side to guess, and the guess is usually shorter than you need. A concrete ask ("three business days, until Friday 4 December") is easy to approve and easy to plan around.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Could I have a bit more time to decide?\n\nBest,\nSam',
    context: { scenario: 'extension' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Could I have three more business days, until Wednesday 2 December, to decide?\n\nBest,\nSam',
    context: { scenario: 'extension' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    const ask = firstMatch(text, facts.words.extensionAsk);
    if (facts.scenario !== 'extension' && !ask) return;
    if (firstMatch(text, facts.words.daysOrDate)) return;
    report(file, {
      ruleId,
      severity: facts.scenario === 'extension' ? 'error' : 'warning',
      reason: `Unexpected extension request without a length, expected a number of business days or a date`,
      offset: ask?.index ?? 0,
      length: ask?.[0].length ?? 0,
      ...(ask ? { actual: ask[0] } : {}),
    });
  },
};
