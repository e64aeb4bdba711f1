import { phraseMatches, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-demand-as-order';

/**
 * Pay or terms demanded rather than asked for: an imperative addressed to the employer ("Raise
 * my salary to …", "Erhöhen Sie …") or pay named as already due ("I am anticipating a bonus",
 * "I expect nothing less than …"). Found by the sentence's shape (its first word a verb of
 * changing terms, no "please", no question mark), not by the sentences that showed the gap.
 */
export const noDemandAsOrder: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a demand given as an order or as something owed',
  why: '“Raise my salary to $95,000” or “I expect nothing less than …” tells the reader what to do, so saying no is their only way to push back. The same number asked for, with one reason that is about the role or the market, leaves them a way to say yes.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Raise the base to $170,000 and cover my move.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Would you be able to bring the base to $170,000? Similar roles in Austin pay about that.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    for (const { match } of phraseMatches(text, facts.words.orderedDemand)) {
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected demand \`${match[0].trim()}\` worded as an order or as something owed, expected an ask with one reason (“Would you be able to …? Similar roles pay …”)`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
