import { formatNumber } from '../../workspace/format';
import { moneyMentions } from '../money';
import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-other-offer-figures';

/** Figures within half a percent count as the same: people round. */
const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, b * 0.005);

/**
 * With a workspace: any figure that matches another offer's pay. Without one: a figure in a
 * sentence that says someone else offered it ("another offer", "Initech has offered me"), unless
 * the sentence is about the reader's own offer ("you offered"). In a negotiation quoting a
 * competing offer can be a deliberate move, so there it is a warning; anywhere else it gives away
 * leverage for nothing.
 */
export const noOtherOfferFigures: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'another offer’s figures disclosed without need',
  why: 'Another company’s numbers are that company’s confidential terms and your leverage. In a decline or an acceptance they buy nothing and may start a bidding round you did not want; in a negotiation use them on purpose, not by accident.',
  bad: {
    text: 'Dear Jonas,\n\nThank you for the offer. I have decided to decline it, as Thames offered me a base of £92,000.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer. I have decided to decline it, as I have accepted another offer.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  check(tree, file, facts) {
    const text = String(file);
    const severity = facts.scenario === 'negotiate' ? 'warning' : 'error';
    const hint =
      facts.scenario === 'negotiate'
        ? 'share it only if you mean to use it'
        : 'leave it out, it is not needed here';
    if (facts.offer) {
      for (const mention of moneyMentions(text)) {
        // A figure in another currency is not that offer's figure, even when the digits agree.
        const figure = facts.otherFigures.find(
          (candidate) =>
            same(mention.value, candidate.value) &&
            (!mention.currency || mention.currency === candidate.offer.currency),
        );
        if (!figure) continue;
        report(file, {
          ruleId,
          severity,
          reason: `Unexpected \`${mention.text}\`, the ${figure.label} of the ${figure.offer.company} offer, expected no other offer's figures (${hint})`,
          offset: mention.offset,
          length: mention.text.length,
          actual: mention.text,
        });
      }
      return;
    }
    const { otherOffer, offeredByOthers, offeredByReader } = facts.words;
    for (const sentence of sentences(tree)) {
      const aboutOther =
        firstMatch(sentence.text, otherOffer) !== null || offeredByOthers.test(sentence.text);
      if (!aboutOther || offeredByReader.test(sentence.text)) continue;
      for (const mention of moneyMentions(sentence.text)) {
        report(file, {
          ruleId,
          severity: facts.scenario && facts.scenario !== 'negotiate' ? 'error' : 'warning',
          reason: `Unexpected \`${mention.text}\` (${formatNumber(mention.value, 0)}) next to another offer, expected no other offer's figures (${hint})`,
          offset: sentence.offset + mention.offset,
          length: mention.text.length,
          actual: mention.text,
        });
      }
    }
  },
};
