import type { LintFacts } from '../lint-context';
import { matchAll, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-placeholder';

/**
 * Template slots: [Role], [$__], {{name}}, {COMPANY NAME}, <Company>, blanks (____), XX or 20XX,
 * $X, an ellipsis standing for a name ("Herr ...,"), and parentheses that name what goes in them
 * ("(Name of hiring manager)"). Numbered references ([1]) and [sic] are not slots; angle brackets
 * with @ or : are addresses.
 */
const placeholder = new RegExp(
  [
    String.raw`\[(?!\d+\]|sic\])[^\]\n]{1,80}\]`,
    String.raw`\{\{[^}\n]{0,40}\}\}`,
    String.raw`\{[^{}\n]{1,60}\}`,
    String.raw`<\p{L}[\p{L} _.-]{0,40}>`,
    '_{3,}',
    String.raw`(?<![\p{L}\p{N}])\d{0,4}(?:XX+|xxx+)(?![\p{L}\p{N}])`,
    String.raw`[$€£]\s?[XxYy](?![\p{L}\p{N}])`,
    String.raw`(?<=(?:Frau|Herr|Mr\.?|Ms\.?|Mrs\.?|Dear|Hi|Hallo|weil|because)\s?)(?:\.{3}|…)`,
    String.raw`\((?:your |their |the |ihr |name of (?:the )?)?(?:hiring manager|recruiter|company|organi[sz]ation|position|role|job title|title|name|date|salary|amount|employer|firma|unternehmen|stelle|position|datum|name)(?:['’]s)?(?:[ \p{L}]{0,30})\)`,
  ].join('|'),
  'giu',
);

/** The value a placeholder stands for, when the context knows it. */
function fillFor(slot: string, facts: LintFacts): string | undefined {
  const key = slot.replace(/^[[{<(]+|[\]}>)]+$/g, '').trim();
  const { placeholderKeys } = facts.words;
  const offer = facts.offer;
  if (placeholderKeys.sender.test(key)) return facts.senderName;
  if (!offer) return undefined;
  if (placeholderKeys.company.test(key)) return offer.company;
  if (placeholderKeys.role.test(key)) return offer.role;
  if (placeholderKeys.contact.test(key)) return offer.contacts?.[0]?.name.split(' ')[0];
  return undefined;
}

export const noPlaceholder: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'an unfilled placeholder',
  why: 'A template slot left in a sent message ("Dear [Name]") tells the reader they got a form letter, at the moment you most want to sound personal. It must never be sent.',
  bad: {
    text: 'Dear [Hiring Manager],\n\nThank you for the offer for the {{role}} position at <Company>. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline' },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer for the Principal Engineer position at Alpenwerk Mobility AG. I have decided to decline it.\n\nBest regards,\nAna',
    context: { scenario: 'decline' },
  },
  check(_tree, file, facts) {
    for (const match of matchAll(String(file), placeholder)) {
      const fill = fillFor(match[0], facts);
      report(file, {
        ruleId,
        severity: 'error',
        reason: `Unexpected placeholder \`${match[0]}\`, expected ${fill ? `\`${fill}\`` : 'the real text'}`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
        ...(fill ? { expected: [fill] } : {}),
      });
    }
  },
};
