import { firstMatch, matchAll, report } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-bare-demand';

/** A figure in the same sentence ("I need a higher base: $170,000") makes the demand an ask. */
const figure = /\d/u;

/** An amount anywhere in the message ("… closer to $170,000. Is there flexibility?"). */
const amount = /[$€£]\s?\d|\d[\d,.]*\s?(?:k|K|%|€|£|\$|EUR|USD|GBP|CHF)(?![\p{L}])/u;

export const noBareDemand: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a demand or an ask for more pay with no figure and no reason',
  why: '“I need more money” or “Is there any room on the salary?” gives the reader nothing to take to an approver: not how much, not why; the answer to a vague ask is usually a small one or a no. A number with one reason that is about the role or the market (“the scope is a team lead’s, and team leads here earn about $170,000”) is easier to grant and harder to refuse.',
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
    // A vague ask is fine once the message names the number somewhere.
    if (amount.test(text)) return;
    for (const match of matchAll(text, facts.words.vagueAsk)) {
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected ask \`${match[0]}\` with no figure, expected the number you are asking for`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
