import type { Language } from '../../workspace/language';
import { matchAll, report, spanOf } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'hesitant-speech';

/**
 * Spoken hesitation written down. Interjections of hesitation are a closed word class, listed
 * whole here; "ah" and "oh" count only before an ellipsis, since "Oh, thank you" is glad.
 */
const interjections: Record<Language, string> = {
  en: 'u+m+|u+h+m*|e+r+m*|h+m+|uhm+',
  de: 'ä+h+m*|ö+h+m*|h+m+|naja|na\\s+ja|tja|nun(?=\\s*(?:,|\\.{3}|…))',
};
const beforeEllipsis = 'ah+|oh+|okay|ok|well|also|gut|ach';

function pattern(language: Language): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${interjections[language]})(?![\\p{L}\\p{N}])|(?:${beforeEllipsis})(?=\\s*(?:\\.{3}|…)))`,
    'giu',
  );
}
const patterns: Record<Language, RegExp> = { en: pattern('en'), de: pattern('de') };

/**
 * A word trailing off into an ellipsis before a new sentence, a question mark or the end:
 * "dann 45k...?", "but…". An ellipsis inside brackets marks a cut in a quotation, and one where a
 * value belongs is `no-placeholder`'s, so both are left out.
 */
const trailing = /(?<=[\p{L}\p{N}])\s?(?:\.{3,}|…)(?=\s*(?:[?!]|$|\n|[\p{Lu}\p{Ll}]))/gu;

/** A clause cut off after a word that needs more to follow. */
const unfinished: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:but|and|so|or|then|because|if)$/iu,
  de: /(?<![\p{L}])(?:aber|und|also|oder|dann|weil|wenn|doch)$/iu,
};

export const hesitantSpeech: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'hesitation written down: "um", "ähm", a sentence trailing off into "…"',
  why: 'In speech a pause or an "um" passes; written down, "Ähm… okay… then 45k…?" reads as unsure of the figure and invites a lower one. Finish the sentence and state the figure or the decision; a full stop says you mean it.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Um… I was hoping for 45k…?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. I am asking for a base of €45,000.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    const placeholders = file.messages
      .filter((m) => m.ruleId === 'no-placeholder')
      .map((m) => spanOf(m)?.start);
    const spoken = matchAll(text, patterns[facts.language]);
    const pauses = matchAll(text, trailing).filter((match) => {
      const at = match.index ?? 0;
      if (placeholders.some((p) => p !== undefined && p >= at - 1 && p <= at + 1)) return false;
      const open = text.lastIndexOf('[', at) > text.lastIndexOf(']', at);
      const paren = text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
      return !open && !paren;
    });
    // One trailing "…" after a full thought is a writer's pause; it reads as hesitation when it
    // cuts off a clause ("but…"), turns into a question ("45k…?"), or recurs with other pauses.
    const hesitant = pauses.filter((match) => {
      const at = match.index ?? 0;
      const after = text.slice(at + match[0].length).trimStart();
      return (
        spoken.length > 0 ||
        pauses.length > 1 ||
        after.startsWith('?') ||
        unfinished[facts.language].test(text.slice(0, at))
      );
    });
    const hits = [...spoken, ...hesitant];
    const lines = new Map<number, RegExpMatchArray[]>();
    for (const match of hits) {
      const at = match.index ?? 0;
      const line = text.lastIndexOf('\n', at);
      lines.set(line, [...(lines.get(line) ?? []), match]);
    }
    // One finding per line, naming every hesitation in it, so "Ähm... nun... ich …" is one warning.
    for (const matches of lines.values()) {
      matches.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      const first = matches[0];
      const last = matches.at(-1);
      if (!first || !last) continue;
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const cues = [...new Set(matches.map((m) => `\`${m[0].trim()}\``))].join(', ');
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected hesitation (${cues}), expected the sentence finished with a full stop: say the figure or the decision plainly, as you mean it`,
        offset: from,
        length: to - from,
        actual: text.slice(from, to),
      });
    }
  },
};
