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
