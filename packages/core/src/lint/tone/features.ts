/** A word of a sentence as the tone model reads it, with where it stands in the sentence. */
export interface ToneToken {
  word: string;
  offset: number;
  length: number;
}

// Words, contractions kept whole ("won't", "I'm"), and figures: a figure reads as `<num>`, so a
// model can tell "I need more" from "I need 65,000" without learning amounts.
const tokenPattern = /\p{L}+(?:['’]\p{L}+)*|[$€£]?\d(?:[\d.,]*\d)?(?:\s?[kK](?!\p{L}))?/gu;

export function toneTokens(sentence: string): ToneToken[] {
  const tokens: ToneToken[] = [];
  for (const match of sentence.matchAll(tokenPattern)) {
    const raw = match[0];
    const word = /\d/.test(raw) ? '<num>' : raw.toLowerCase().replace(/’/g, "'");
    tokens.push({ word, offset: match.index ?? 0, length: raw.length });
  }
  return tokens;
}

/** A feature the model weighs, with the tokens it covers (for the explanation). */
export interface ToneFeature {
  key: string;
  first: number;
  last: number;
}

/**
 * The features of one sentence: each word and each pair of neighbouring words ("not even",
 * "even close"), once each. Pairs carry most of a sentence's tone that single words miss; longer
 * n-grams would be seen once in the few hundred published messages there are to learn from.
 */
export function toneFeatures(tokens: readonly ToneToken[]): ToneFeature[] {
  const seen = new Map<string, ToneFeature>();
  tokens.forEach((token, index) => {
    if (!seen.has(token.word)) seen.set(token.word, { key: token.word, first: index, last: index });
    const next = tokens[index + 1];
    if (next) {
      const key = `${token.word} ${next.word}`;
      if (!seen.has(key)) seen.set(key, { key, first: index, last: index + 1 });
    }
  });
  return [...seen.values()];
}
