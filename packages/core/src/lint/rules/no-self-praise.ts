import { phraseMatches, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-self-praise';

export const noSelfPraise: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'self-praise used as leverage',
  why: '“I’m the best person you’re going to find” asks the reader to take your word for it, and “I found a better job” tells them they lost a contest. Neither gives an approver anything to say yes to. Name what you would do for them, or a figure from the market, and let that carry the ask.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. The reason to pay me $10,000 more is that I’m the best person you’re going to find for this role.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. I led the migration your team is about to start, so I would be productive from the first month. Would it be possible to bring the base to $170,000?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    for (const { match, phrase } of phraseMatches(text, facts.words.selfPraise)) {
      report(file, {
        ruleId,
        severity: phrase.severity ?? 'warning',
        reason: `Unexpected self-praise \`${match[0]}\`, expected what you would bring to the role, or a figure from the market`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
