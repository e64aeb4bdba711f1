import { offerNames } from '../offer-names';
import { report } from '../report';
import type { DomainRule } from '../rule';
import { escapeRegExp } from '../words/phrases';

const ruleId = 'no-other-offer-name';

/**
 * Looks for every company and contact of the other offers in the workspace. A name shared with
 * the answered offer (or the sender) is skipped: it is right where it is. Longer names are matched
 * first so "Thames Digital Bank" is one finding, not two.
 */
export const noOtherOfferName: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'a company or person from another offer (mail-merge slip)',
  why: 'Writing to one company with another company’s name, or greeting the wrong person, is the slip recruiters forward to each other. It also tells them who else you are talking to. A draft with another offer’s name in it must not be sent.',
  bad: {
    text: 'Dear Grace,\n\nThank you for the offer from Thames Digital Bank. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer from Alpenwerk Mobility AG. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  check(_tree, file, facts) {
    if (!facts.offer) return;
    const own = new Set(offerNames(facts.offer).map((name) => name.text));
    if (facts.senderName) {
      own.add(facts.senderName);
      for (const part of facts.senderName.split(/\s+/)) own.add(part);
    }
    const candidates = facts.others
      .flatMap((offer) => offerNames(offer).map((name) => ({ ...name, offer })))
      .filter((name) => !own.has(name.text))
      .sort((a, b) => b.text.length - a.text.length);
    if (candidates.length === 0) return;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${candidates.map((c) => escapeRegExp(c.text)).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const primary = facts.offer.contacts?.[0]?.name;
    for (const match of String(file).matchAll(pattern)) {
      const name = candidates.find((candidate) => candidate.text === match[0]);
      if (!name) continue;
      const replacement =
        name.kind === 'company'
          ? facts.offer.company
          : match[0].includes(' ')
            ? primary
            : primary?.split(' ')[0];
      report(file, {
        ruleId,
        severity: 'error',
        reason: `Unexpected \`${match[0]}\` from the ${name.offer.company} offer, expected ${replacement ? `\`${replacement}\`` : `a name from the ${facts.offer.company} offer`}`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
        ...(replacement ? { expected: [replacement] } : {}),
      });
    }
  },
};
