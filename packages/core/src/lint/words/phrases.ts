/** A phrase the linter looks for, with a ready replacement when one exists ('' means delete it). */
export interface Phrase {
  pattern: RegExp;
  expected?: string;
  /**
   * Broad grammar patterns that also match some fair wordings report a warning, not the rule's
   * error: a good message may be flagged, but never blocked.
   */
  severity?: 'warning';
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles plain phrases into one case-insensitive, Unicode-aware pattern. Apostrophes match both
 * ' and ’, spaces match any whitespace, and `*` stands for the rest of a word, so word lists stay
 * readable for translators. `\b` is ASCII-only in JavaScript, so the word edges are spelt out.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const body = phrases
    .map((phrase) =>
      escapeRegExp(phrase)
        .replace(/\\\*/g, '\\p{L}*')
        .replace(/'/g, "['’]")
        .replace(/\s+/g, '\\s+'),
    )
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Phrases with a replacement each: `[['I think', ''], ['lowball', 'below what I hoped']]`. */
export function phraseList(entries: readonly (readonly [string, string?])[]): Phrase[] {
  return entries.map(([phrase, expected]) =>
    expected === undefined
      ? { pattern: phrasePattern([phrase]) }
      : { pattern: phrasePattern([phrase]), expected },
  );
}

/**
 * Senses of "just" and "think" that soften nothing, shared by no-hedging and no-hedged-ask.
 * "just" before a past form is time ("I just received an offer"), before a number or "as" it is
 * "only" or "exactly" ("just two items", "just as soon as"); "think" before a thing as subject is
 * an opinion the writer owns ("I think that's a fair place to start"), not doubt about their own
 * decision or ask.
 */
export const plainJust = String.raw`(?!\s+(?:got|received|heard|had|learned|learnt|found|spoke|talked|signed|accepted|started|finished|returned|saw|read|came|left|completed|submitted|sent|noticed|realized|realised|joined|moved|graduated|one|two|three|four|five|a\s+couple|a\s+few|\d|as)(?![\p{L}]))`;
export const plainThink = String.raw`(?!\s+(?:that['’]s|that\s+is|it['’]s|it\s+is|this\s+is|the|your|there\s+is|there['’]s)(?![\p{L}]))`;

/** The start of a sentence: the text's start, after . ! ? or a line break, or after a quote. */
export const sentenceStart = String.raw`(?<=^|[.!?]\s+|\n\s*|^["“„]|[.!?]\s+["“„])`;

/** Not a question: no "?" before the sentence ends. */
export const notQuestion = String.raw`(?=[^.!?\n]*(?:[.!\n]|$))`;
