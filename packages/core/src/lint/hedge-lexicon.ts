import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { weasels } from 'weasels';
import type { Language } from '../workspace/language';
import { phrasePattern, plainJust, plainThink } from './words/phrases';

/**
 * Words that soften what the writer says, taken from published lists rather than written from the
 * messages we read: wooorm's `hedges`, `fillers` and `weasels` (the lists behind
 * `retext-intensify`, compiled from writing guides and hedging research). Those lists were made
 * for essays and papers, where "can", "about" or "very" weaken a claim; in an offer message the
 * same words carry the ask itself ("Could I have …", "about the start date") or are plain warmth
 * ("very grateful"). So the lists are used minus the groups below, each left out for one reason.
 */
const leftOut: Record<string, readonly string[]> = {
  // Every polite request and every decision is framed with these.
  frame: [
    'can',
    'could',
    'would',
    'will',
    'may',
    'might',
    'should',
    'must',
    'like',
    'be able to',
    'decided',
    'consider',
    'considered',
    'considers',
    'find',
    'finds',
    'found',
    'say',
    'says',
    'read',
    'understand',
    'understands',
    'understood',
    'thought',
    'knew',
    'heard',
    'saw',
    'looked',
    'looks',
    'look like',
    'looks like',
    'noticed',
    'watched',
    'touched',
    'smelled',
    'acts',
    'works',
    'helps',
    'supports',
    'gains',
    'combats',
    'improved',
    'linked to',
    'began',
    'begin',
    'start',
    'started',
    'try',
    'felt',
    'realised',
    'realized',
    'recognised',
    'recognized',
    'wanted',
    'wished',
    'believe',
    'believed',
    'believes',
    'possible',
    'possibility',
    'supposed',
    'tend',
    'rather',
  ],
  // Amounts, times and places: what an ask is about, not how sure the writer is ("a bit more
  // time" is vague-ask's).
  content: [
    'a bit',
    'about',
    'around',
    'approximately',
    'roughly',
    'at least',
    'a lot',
    'lots',
    'all',
    'few',
    'several',
    'many',
    'much',
    'most',
    'mostly',
    'more or less',
    'some',
    'somebody',
    'someone',
    'something',
    'something or other',
    'somewhere',
    'only',
    'over',
    'up',
    'down',
    'back',
    'again',
    'also',
    'already',
    'still',
    'even',
    'ever',
    'far',
    'close',
    'enough',
    'bunch',
    'couple',
    'tiny',
    'huge',
    'vast',
    'various',
    'little',
    'bit',
    'then',
    'that',
    'so',
    'too',
    'well',
    'real',
    'right',
    'own',
    'better',
    'excellent',
    'expert',
    'experts',
    'useful',
    'effective',
    'efficient',
    'effectively',
    'frequently',
    'occasionally',
    'often',
    'rare',
    'rarely',
    'seldom',
    'sometimes',
    'usually',
    'typically',
    'always',
    'almost',
    'almost never',
    'overall',
    'generally',
    'in general',
    'largely',
    'mainly',
    'primarily',
    'partially',
    'virtually',
    'practically',
    'necessarily',
    'et cetera',
    'and so forth',
    'and all that',
    'is a number',
    'are a number',
    'not rocket science',
    'outside the box',
    'things',
    'stuff',
    'whenever',
    'wherever',
    'whoever',
    'so far',
    'actual',
    'sort',
    'is like',
    'their impression',
  ],
  // "Would that be okay?" asks; a hesitant "okay…" is hesitant-speech's.
  ask: ['ok', 'okay'],
  // Boosters make a sentence firmer, not weaker; "very grateful" is warmth, and British "quite"
  // is as often one as the other.
  booster: [
    'quite',
    'absolutely',
    'amazing',
    'certain',
    'certainly',
    'clear',
    'clearly',
    'quite clearly',
    'completely',
    'definite',
    'definitely',
    'entirely',
    'especially',
    'exactly',
    'extremely',
    'exceedingly',
    'fully',
    'highly',
    'heavily',
    'badly',
    'easily',
    'nicely',
    'obviously',
    'particularly',
    'precisely',
    'really',
    'remarkably',
    'seriously',
    'significantly',
    'strongly',
    'substantially',
    'surely',
    'totally',
    'truly',
    'very',
    'literally',
    'frankly',
    'specifically',
    'ultimately',
    'widely',
    'surprisingly',
    'interestingly',
    'simply',
    'hardly',
    'be sure',
  ],
  // Hedges of reported evidence, for papers: a message reports no studies.
  evidence: [
    'allege',
    'alleged',
    'apparent',
    'apparently',
    'evidently',
    'presumable',
    'presumably',
    'reportedly',
    'speculate',
    'speculated',
    'speculates',
    'suggest',
    'suggested',
    'suggestive',
    'suggests',
    'indicate',
    'appear',
    'appears',
    'appeared',
    'appear to be',
    'diagnostic',
    'inconclusive',
    'consistent with',
    'estimate',
    'estimated',
    'estimates',
    'probability',
    'improbable',
    'unlikely',
    'likely',
    'probable',
    'doubt',
    'assumption',
    'whatever',
    'seldom',
  ],
};

/**
 * The writer doubting themselves ("I'm unsure", "I don't know"): weak wherever it stands in an
 * offer message, not only in the ask.
 */
const selfDoubtEn = ['unsure', "don't know", 'doubtful', 'not sure', 'not certain'];

/** The published words kept for English. */
export function englishSofteners(): string[] {
  const out = new Set<string>();
  const dropped = new Set(Object.values(leftOut).flat());
  for (const word of [...hedges, ...fillers, ...weasels]) {
    const lower = word.toLowerCase();
    if (dropped.has(lower) || selfDoubtEn.includes(lower)) continue;
    out.add(lower);
  }
  return [...out].sort();
}

/**
 * The "-ing" form of each listed "-ed" verb, and "thinking" for "think": "I was wondering if" is
 * the commonest softened ask, and the lists only have "wondered". Only after a form of "be", the
 * writer describing their own state of mind; "After thinking it over, …" is a finished thought.
 */
export function englishProgressives(): string[] {
  const out = new Set(['thinking']);
  for (const word of englishSofteners())
    if (/^[a-z]+ed$/.test(word)) out.add(`${word.slice(0, -2)}ing`);
  return [...out].sort();
}

/**
 * "Not really": a softener after "not" tempers a no, which is the kind way to give a reason; only
 * a softened yes or ask is weak. After "to" a verb is what the writer will do ("a few days to
 * think it over"), not a stance.
 */
function softenerPattern(words: readonly string[], progressives: readonly string[] = []): RegExp {
  const plain = phrasePattern(words).source;
  const afterBe = progressives.length
    ? `|(?<=(?:am|['’]m|was|were|are|is|been)\\s+(?:just\\s+|really\\s+|also\\s+)?)(?:${progressives.join('|')})(?![\\p{L}])`
    : '';
  // The word senses that soften nothing ("just two items", "I think that's fair") are left out.
  const senses = `(?:(?<!(?<![\\p{L}])just)|${plainJust})(?:(?<!(?<![\\p{L}])think)|${plainThink})`;
  return new RegExp(
    `(?<!(?<![\\p{L}])(?:not|nicht|to|zu)\\s+)(?:${plain}${afterBe})${senses}`,
    'giu',
  );
}

/**
 * Our own German list (no published German list was found to take instead): Heckenausdrücke
 * and Füllwörter in the sense of Lakoff's "hedges" (Wikipedia, "Heckenausdruck": "eigentlich",
 * "im weiteren Sinne"), chosen as the German counterparts of the English words kept above.
 */
const softenersDe = [
  'eigentlich',
  'irgendwie',
  'vielleicht',
  'eventuell',
  'möglicherweise',
  'wahrscheinlich',
  'ein bisschen',
  'ein wenig',
  'etwas unsicher',
  'gewissermaßen',
  'sozusagen',
  'quasi',
  'ich glaube',
  'ich denke',
  'ich schätze',
  'ich nehme an',
  'ich vermute',
  'ich frage mich',
  'ich wollte mal',
  'ich wollte nur',
  'halt',
  'wohl',
  'ziemlich',
  'relativ',
  'einigermaßen',
  'ungefähr',
  'naja',
  'na ja',
];
const selfDoubtDe = [
  'unsicher',
  'nicht sicher',
  'weiß nicht',
  'weiß ich nicht',
  'keine Ahnung',
  'bin mir nicht sicher',
];

export interface HedgeLexicon {
  /** Softeners that weaken an ask or a decision. */
  softener: RegExp;
  /** The writer's doubt about themselves, weak in any sentence. */
  selfDoubt: RegExp;
}

const built = new Map<Language, HedgeLexicon>();

export function hedgeLexiconFor(language: Language): HedgeLexicon {
  let lexicon = built.get(language);
  if (!lexicon) {
    lexicon =
      language === 'de'
        ? { softener: softenerPattern(softenersDe), selfDoubt: phrasePattern(selfDoubtDe) }
        : {
            softener: softenerPattern(englishSofteners(), englishProgressives()),
            selfDoubt: phrasePattern(selfDoubtEn),
          };
    built.set(language, lexicon);
  }
  return lexicon;
}
