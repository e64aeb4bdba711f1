import { z } from 'zod';
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

const familyModelSchema = z.object({
  /** A sentence is flagged when the weights of its features add up to at least this. */
  threshold: z.number(),
  /** Each word or word pair that speaks for the flaw, with its log-likelihood ratio. */
  weights: z.record(z.string(), z.number()),
});

export const toneModelSchema = z.object({
  /** How the model was made, for the docs: the sets and settings it was trained with. */
  trainedOn: z.array(z.string()),
  settings: z.object({
    minMessages: z.number(),
    minWeight: z.number(),
    threshold: z.number(),
    maxSentences: z.number(),
  }),
  languages: z.partialRecord(
    z.enum(['en', 'de']),
    z.partialRecord(z.enum(toneFamilies), familyModelSchema),
  ),
});
export type ToneModel = z.infer<typeof toneModelSchema>;
export type LanguageToneModel = NonNullable<ToneModel['languages']['en']>;

/**
 * Only a sentence's strongest few words count: summing every weak one flagged long, plain
 * sentences (chosen with the leave-one-set-out estimate, see eval/lint/results.md).
 */
const scoredFeatures = 3;

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
 * family's evidence reaches its threshold. The evidence is the sentence's own words, so a person
 * can see why ("not even close", "worth"): word pairs first, and a single word only when no
 * shown pair contains it.
 */
export function readTone(model: LanguageToneModel, sentence: string): ToneFinding | undefined {
  const tokens = toneTokens(sentence);
  const features = toneFeatures(tokens);
  let best: ToneFinding | undefined;
  for (const family of toneFamilies) {
    const familyModel = model[family];
    if (!familyModel) continue;
    const scored = features
      .map((feature) => ({ feature, weight: familyModel.weights[feature.key] ?? 0 }))
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.feature.first - b.feature.first);
    const score = scored.slice(0, scoredFeatures).reduce((sum, entry) => sum + entry.weight, 0);
    if (score < familyModel.threshold || (best && best.score >= score)) continue;
    const shown: typeof scored = [];
    for (const entry of scored) {
      if (shown.length === 3) break;
      const covered = shown.some(
        (s) => s.feature.first <= entry.feature.first && entry.feature.last <= s.feature.last,
      );
      if (!covered) shown.push(entry);
    }
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
