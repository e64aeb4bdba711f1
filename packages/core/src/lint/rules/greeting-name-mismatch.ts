import { offerNames } from '../offer-names';
import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'greeting-name-mismatch';

/**
 * Reads the greeting ("Dear Jonas,") and checks the name against the answered offer's contacts.
 * Names that belong to another offer are left to no-other-offer-name, so one slip is one finding.
 */
export const greetingNameMismatch: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a greeting to someone who is not a contact of this offer',
  why: 'A greeting to the wrong first name is the first thing the reader sees. When the name is in none of your offers it is usually a leftover from an older draft or a typo in the name.',
  bad: {
    text: 'Dear Markus,\n\nThank you for the offer. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline', workspace: true, offerId: 'alpenwerk' },
  },
  check(_tree, file, facts) {
    const contacts = facts.offer?.contacts ?? [];
    if (contacts.length === 0) return;
    const text = String(file);
    const start = text.search(/\S/);
    if (start < 0) return;
    const end = text.indexOf('\n', start);
    const greeting = facts.words.greeting.exec(text.slice(start, end < 0 ? undefined : end));
    const name = greeting?.[1];
    if (!greeting || !name) return;
    if (firstMatch(name, facts.words.genericAddressee)) return;
    const known = new Set(
      [facts.offer, ...facts.others].flatMap((offer) =>
        offer ? offerNames(offer).map((entry) => entry.text) : [],
      ),
    );
    if (name.split(/\s+/).some((part) => known.has(part)) || known.has(name)) return;
    const expected = contacts.map((contact) => contact.name.split(' ')[0] ?? contact.name);
    report(file, {
      ruleId,
      severity: 'warning',
      reason: `Unexpected name \`${name}\` in the greeting, expected a contact for this offer: ${expected.map((e) => `\`${e}\``).join(' or ')}`,
      offset: start + greeting.index + greeting[0].lastIndexOf(name),
      length: name.length,
      actual: name,
      expected,
    });
  },
};
