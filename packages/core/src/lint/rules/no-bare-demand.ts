import { firstMatch, matchAll, report } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-bare-demand';

/** A figure in the same sentence ("I need a higher base: $170,000") makes the demand an ask. */
const figure = /\d/u;

export const noBareDemand: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a demand for more pay with no figure and no reason',
  why: '“I need more money” gives the reader nothing to take to an approver: not how much, not why. A number with one reason that is about the role or the market (“the scope is a team lead’s, and team leads here earn about $170,000”) is easier to grant and harder to refuse.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. I need more money.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. I need a higher base because the role includes leading the team; would $170,000 be possible?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(tree, file, facts) {
    const text = String(file);
    const spans = sentences(tree);
    for (const match of matchAll(text, facts.words.bareDemand)) {
      const at = match.index ?? 0;
      const sentence = spans.findLast((span) => span.offset <= at)?.text ?? text;
      if (figure.test(sentence) || firstMatch(sentence, facts.words.demandReason)) continue;
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected demand \`${match[0]}\` with no figure or reason, expected a number and one reason about the role or the market`,
        offset: at,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
