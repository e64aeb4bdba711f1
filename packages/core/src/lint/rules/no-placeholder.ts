import type { LintFacts } from '../lint-context';
import { matchAll, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-placeholder';

/**
 * Template slots: [Role], [$__], {{name}}, {COMPANY NAME}, %NAME%, ${name}, <Company>, blanks (____, of_), XX or 20XX,
 * $X, an ellipsis standing for a name ("Herr ...,"), parentheses that name what goes in them
 * ("(Name of hiring manager)") and asterisks around a slot word ("*name of recruiter*"). Numbered
 * references ([1]) and [sic] are not slots; angle brackets with @ or : are addresses. A brace
 * holds no prose in a real message, so even a long instruction in braces is a slot.
 */
const placeholder = new RegExp(
  [
    String.raw`\[(?!\d+\]|sic\])[^\]\n]{1,80}\]`,
    String.raw`\{\{[^}\n]{0,40}\}\}`,
    // Mail-merge and template tokens: %NAME%, %COMPANY_NAME%, ${name}.
    '%[A-Za-z][A-Za-z0-9_ ]{0,40}%',
    String.raw`\$\{[^}\n]{1,40}\}`,
    String.raw`\{[^{}\n]{1,200}\}`,
    String.raw`<\p{L}[\p{L} _.-]{0,40}>`,
    '_{3,}',
    // A short blank glued to a word or a currency sign ("in the range of_", "$_"), or standing
    // alone ("in _ days"); not the closing mark of _emphasis_ nor a snake_case name.
    // The underscore comes first in each: a lookbehind tried at every position made this rule
    // twenty times slower.
    String.raw`_{1,2}(?<=[\p{L}\p{N}$€£]_{1,2})(?<!(?:^|[\s(*])_[^_\s][^_\n]{0,80}_{1,2})(?![\p{L}\p{N}_])`,
    String.raw`(?:__(?<![\p{L}\p{N}_]__)|_(?<![\p{L}\p{N}_]_))(?=[\s.,;:!?)]|$)`,
    String.raw`(?<![\p{L}\p{N}])\d{0,4}(?:XX+|xxx+)(?![\p{L}\p{N}])`,
    String.raw`[$€£]\s?[XxYy](?![\p{L}\p{N}])`,
    String.raw`(?<=(?:Frau|Herr|Mr\.?|Ms\.?|Mrs\.?|Dear|Hi|Hallo|weil|because)\s?)(?:\.{3}|…)`,
    // A run of dashes inside a line stands for a blank ("the ----- position"); a line of dashes
    // alone is a separator. An instruction in parentheses is a template's note ("(insert …)").
    String.raw`(?<=\p{L}\s)-{3,}(?=\s\p{L})`,
    String.raw`\(\s*(?:insert|add|enter|fill\s+in|put|einfügen|eintragen|hier)\s[^)\n]{0,60}\)`,
    String.raw`\*[\p{L} ]{0,30}?(?:name|title|company|position|role|date|recruiter|manager|employer|firma|stelle)[\p{L} ]{0,30}\*`,
    String.raw`\((?:your |their |the |ihr |name of (?:the )?)?(?:hiring manager|recruiter|company|organi[sz]ation|position|role|job title|title|name|date|salary|amount|employer|firma|unternehmen|stelle|position|datum|name)(?:['’]s)?(?:[ \p{L}]{0,30})\)`,
  ].join('|'),
  'giu',
);

/**
 * Slot names left without brackets ("Dear Contact Name", "the Position Title role", "LastName"),
 * date formats standing for a date ("DD/MM/YYYY") and a bare X for a number or a name ("by X
 * amount", "at X company"), and a range of letters ("zwischen X und Y CHF"). Case matters here: "your name" in a
 * sentence is prose, "Your Name" on its own line is a slot.
 */
const unbracketedSlot =
  /(?<![\p{L}])(?:(?:Your|Contact|Company|Recipient|Hiring Manager|Manager|Recruiter|Department|Employer|Candidate)(?:['’]s)? Name|(?:Job|Position) Title|(?:First|Last|Full|Company|Your)Name|(?:DD|MM)[/.-](?:DD|MM)[/.-]YY(?:YY)?|YYYY-MM-DD)(?![\p{L}])|(?<![\p{L}\p{N}$€£])[XY](?=\s+(?:amount|company|percent|dollars|euros|pounds)(?![\p{L}]))|(?<=(?<![\p{L}])(?:between|zwischen|from|von)\s+)[XYZ]\s+(?:and|und|to|bis|-|–)\s+[XYZ](?![\p{L}\p{N}])/gu;

/**
 * An ellipsis where a value should be, right after a word that needs one: "I would be more
 * comfortable with…", "a salary of … per year", "das Geld für …". An ellipsis after a full word
 * ("I was thinking…") is a pause, not a slot; so is one after a verb or an article inside the text
 * ("The answer is… yes"), which counts only when it ends the text ("My figure is…"). A warning,
 * since a writer may trail off on purpose. The ellipsis comes first, as in `placeholder`, so the
 * lookbehind is tried only where there is one.
 */
const trailingSlot =
  /(?:\.{3}|…)(?:(?<=(?:(?<![\p{L}])(?:with|of|at|to|for|about|around|than|from|by|my|your|mit|von|bei|für|auf|um|über|als|mein|meine|Ihr|Ihre)\s?|[$€£]\s?)(?:\.{3}|…))(?![.\p{L}\p{N}])|(?<=(?<![\p{L}])(?:is|be|the|a|an|ist|sind|wären|der|die|das|den|dem|ein|eine|einen)\s?(?:\.{3}|…))(?=\s*$))/giu;

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
    const text = String(file);
    const bracketed = matchAll(text, placeholder);
    const inside = (at: number) =>
      bracketed.some((b) => (b.index ?? 0) <= at && at < (b.index ?? 0) + b[0].length);
    // A slot name inside brackets ("[Company Name]") is already one finding.
    const bare = matchAll(text, unbracketedSlot).filter((m) => !inside(m.index ?? 0));
    const matches = [...bracketed, ...bare].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const reported = (at: number) => matches.some((m) => m.index === at);
    for (const match of matchAll(text, trailingSlot)) {
      if (inside(match.index ?? 0) || reported(match.index ?? 0)) continue;
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected \`${match[0]}\` where a value belongs, expected the value`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
    for (const match of matches) {
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
