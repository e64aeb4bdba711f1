import { matchAll, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-repeated-apology';

export const noRepeatedApology: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'more than one apology',
  why: 'Saying no to an offer is normal and needs no forgiveness. One "sorry" is courteous; several make the message about your guilt, and can read as an opening to be talked round.',
  bad: {
    text: 'Hi Dana,\n\nThank you for the offer, and sorry for the wait. I am so sorry, but I have decided to decline. Apologies again.\n\nBest,\nSam',
    context: { scenario: 'decline' },
  },
  good: {
    text: 'Hi Dana,\n\nThank you for the offer, and sorry for the wait. I have decided to decline it.\n\nBest,\nSam',
    context: { scenario: 'decline' },
  },
  check(_tree, file, facts) {
    const apologies = matchAll(String(file), facts.words.apology);
    for (const match of apologies.slice(1)) {
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected further apology \`${match[0]}\`, expected one apology at most`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
