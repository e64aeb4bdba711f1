import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { sentences } from '../packages/core/src/lint/sentences';
import { toneFeatures, toneTokens } from '../packages/core/src/lint/tone/features';
import {
  type LanguageToneModel,
  type ToneFamily,
  type ToneModel,
  toneFamilies,
} from '../packages/core/src/lint/tone/model';
import type { Message } from './lint-eval-sets';

/**
 * Trains the tone model the `reads-like-flaw` rule ships: for each language and flaw family, a
 * naive-Bayes weight (log-likelihood ratio) for every word and word pair, from hand-labelled
 * published messages. Deterministic: same messages and settings, same JSON.
 */

export interface ToneSettings {
  /** A feature is kept only if at least this many different flawed messages use it. */
  minMessages: number;
  /** …and only if it speaks for the flaw at least this strongly (natural log of the odds). */
  minWeight: number;
  /** The summed weight at which a sentence is flagged. */
  threshold: number;
  /**
   * A whole flawed message longer than this many sentences is not learned from: its flaw is in
   * one sentence the label does not point to, and its other sentences ("I have decided to decline
   * the offer") taught the model that plain decisions were flaws.
   */
  maxSentences: number;
}

/** Laplace-style smoothing of the counts; 0.5 is Jeffreys' prior for a yes/no feature. */
const smoothing = 0.5;

/** Flaws that are not tone: a message with only these reads as clean to the tone model. */
const notTone = new Set(['placeholder', 'missing-thanks', 'other-offer-figures', 'wrong-name']);

const parsers = {
  en: unified().use(retextEnglish).freeze(),
  de: unified().use(retextLatin).freeze(),
};

/** The sentences of a message, split the way the linter splits them. */
export function messageSentences(text: string, language: 'en' | 'de'): string[] {
  return sentences(parsers[language].parse(text) as Root).map((s) => s.text);
}

function featureKeys(sentence: string): string[] {
  return toneFeatures(toneTokens(sentence)).map((f) => f.key);
}

interface Counts {
  /** Sum over sentences of the sentence's share of its message (1 / sentences in it). */
  weighted: Map<string, number>;
  messages: Map<string, number>;
  total: number;
}

function count(units: readonly { message: string; sentences: string[] }[], perMessage: boolean) {
  const counts: Counts = { weighted: new Map(), messages: new Map(), total: 0 };
  for (const unit of units) {
    const share = perMessage ? 1 / Math.max(1, unit.sentences.length) : 1;
    counts.total += perMessage ? 1 : unit.sentences.length;
    const inMessage = new Set<string>();
    for (const sentence of unit.sentences) {
      for (const key of featureKeys(sentence)) {
        counts.weighted.set(key, (counts.weighted.get(key) ?? 0) + share);
        inMessage.add(key);
      }
    }
    for (const key of inMessage) counts.messages.set(key, (counts.messages.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * A flawed message is labelled as a whole, so each of its sentences counts for its share of one
 * flawed message; a sentence of a clean message counts as one clean sentence. Words common in
 * both cancel out. A message counts as clean when its only flaws are not matters of tone
 * (placeholders, missing thanks): templates are mostly well-worded apart from their slots.
 */
export function trainLanguage(
  messages: readonly Message[],
  settings: ToneSettings,
): LanguageToneModel {
  const split = messages.map((m) => ({
    flaws: new Set(m.flaws),
    message: m.id,
    excerpt: m.scope === 'excerpt',
    sentences: messageSentences(m.text, m.language),
  }));
  const clean = split.filter((m) => [...m.flaws].every((flaw) => notTone.has(flaw)));
  const negative = count(clean, false);
  const model: Partial<Record<ToneFamily, LanguageToneModel[ToneFamily]>> = {};
  for (const family of toneFamilies) {
    const flawed = split.filter(
      (m) => m.flaws.has(family) && (m.excerpt || m.sentences.length <= settings.maxSentences),
    );
    if (flawed.length < settings.minMessages) continue;
    const positive = count(flawed, true);
    const weights: Record<string, number> = {};
    for (const [key, weighted] of [...positive.weighted].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if ((positive.messages.get(key) ?? 0) < settings.minMessages) continue;
      const pPositive = (weighted + smoothing) / (positive.total + 2 * smoothing);
      const pNegative =
        ((negative.weighted.get(key) ?? 0) + smoothing) / (negative.total + 2 * smoothing);
      const weight = Math.log(pPositive / pNegative);
      if (weight >= settings.minWeight) weights[key] = Math.round(weight * 100) / 100;
    }
    if (Object.keys(weights).length > 0) model[family] = { threshold: settings.threshold, weights };
  }
  return model as LanguageToneModel;
}

export function trainToneModel(
  sets: readonly { file: string; messages: readonly Message[] }[],
  settings: ToneSettings,
): ToneModel {
  const all = sets.flatMap((set) => set.messages);
  return {
    trainedOn: sets.map((set) => set.file),
    settings,
    // English only. With the 52 German lines of sets 4-8 a German part does get weights, but left
    // out set by set it flagged none of 34 German flawed messages at the shipped threshold (2 at
    // threshold 5, with a warning on 1 of 18 good ones), so it would ship weight in the web chunk
    // for nothing; German is left to the grammar (results.md, third pass).
    languages: {
      en: trainLanguage(
        all.filter((m) => m.language === 'en'),
        settings,
      ),
    },
  };
}

/**
 * The shipped settings, chosen with the leave-one-set-out estimate (`npx tsx scripts/lint-loso.ts
 * --sweep`): the highest recall whose model warned on at most a few percent of good messages.
 */
// With sets 7 and 8 added, minimum weight 1.5 let function words ("than", "way") into the model,
// which then warned on our own feedback drafts; at 2 the estimate barely moves (8.7 % of flawed
// messages flagged by the model instead of 9.5 %, 0.6 % of good ones warned on instead of 1.8 %).
export const toneSettings: ToneSettings = {
  minMessages: 2,
  minWeight: 2,
  threshold: 9,
  maxSentences: 3,
};
