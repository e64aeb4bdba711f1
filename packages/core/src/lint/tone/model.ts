import { type ToneToken, toneFeatures, toneTokens } from './features';

/** The flaws the tone model reads, each learned apart from the others. */
export const toneFamilies = [
  'criticism',
  'boastful',
  'ultimatum',
  'hedging',
  'tentative-decision',
  'demand',
  'over-explaining',
] as const;
export type ToneFamily = (typeof toneFamilies)[number];

export interface FamilyToneModel {
  /** A sentence is flagged when the weights of its strongest features add up to at least this. */
  threshold: number;
  /** Each word or word pair that speaks for the flaw, with its log-likelihood ratio. */
  weights: Record<string, number>;
}
export type LanguageToneModel = Partial<Record<ToneFamily, FamilyToneModel>>;

/** The shipped model (lint/tone/model.json, written by `npm run lint-model`). */
export interface ToneModel {
  /** The labelled files it was trained on. */
  trainedOn: string[];
  settings: { minMessages: number; minWeight: number; threshold: number; maxSentences: number };
  languages: Partial<Record<'en' | 'de', LanguageToneModel>>;
}

/**
 * Only a sentence's strongest few words or word pairs count, none sharing a word: summing every
 * weak one flagged long, plain sentences (chosen with the leave-one-set-out estimate, see
 * eval/lint/results.md).
 */
export const scoredFeatures = 3;

/** Flaws of an ask that names no figure: a sentence with a figure in it cannot have them. */
const asksWithoutFigure = new Set<ToneFamily>(['hedging', 'demand']);

/** A sentence that reads like a flaw, with the words that made it so, strongest first. */
export interface ToneFinding {
  family: ToneFamily;
  score: number;
  /** Offset and length of the sentence's words that carry the evidence, within the sentence. */
  offset: number;
  length: number;
  evidence: string[];
}

function quoted(tokens: readonly ToneToken[], sentence: string, first: number, last: number) {
  const from = tokens[first];
  const to = tokens[last];
  if (!from || !to) return '';
  return sentence.slice(from.offset, to.offset + to.length);
}

/**
 * Reads one sentence with a language's model and returns the flaw it reads most like, if any
 * family's evidence reaches its threshold. The evidence is the sentence's own words, strongest
 * first, so a person can see why ("not even close", "worth").
 */
export function readTone(model: LanguageToneModel, sentence: string): ToneFinding | undefined {
  const tokens = toneTokens(sentence);
  const features = toneFeatures(tokens);
  let best: ToneFinding | undefined;
  const hasFigure = tokens.some((token) => token.word === '<num>');
  for (const family of toneFamilies) {
    const familyModel = model[family];
    if (!familyModel || (hasFigure && asksWithoutFigure.has(family))) continue;
    const scored = features
      .map((feature) => ({ feature, weight: familyModel.weights[feature.key] ?? 0 }))
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.feature.first - b.feature.first);
    // Each word counts once: "a little" and "little" are one piece of evidence, not two.
    const shown: typeof scored = [];
    for (const entry of scored) {
      if (shown.length === scoredFeatures) break;
      const overlaps = shown.some(
        (s) => s.feature.first <= entry.feature.last && entry.feature.first <= s.feature.last,
      );
      if (!overlaps) shown.push(entry);
    }
    const score = shown.reduce((sum, entry) => sum + entry.weight, 0);
    if (score < familyModel.threshold || (best && best.score >= score)) continue;
    const first = Math.min(...shown.map((s) => s.feature.first));
    const last = Math.max(...shown.map((s) => s.feature.last));
    const start = tokens[first]?.offset ?? 0;
    const end = (tokens[last]?.offset ?? 0) + (tokens[last]?.length ?? 0);
    best = {
      family,
      score,
      offset: start,
      length: end - start,
      evidence: shown.map((s) => quoted(tokens, sentence, s.feature.first, s.feature.last)),
    };
  }
  return best;
}
