import { report, spanOf } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';
import { toneModelFor } from '../tone';
import { readTone, type ToneFamily } from '../tone/model';

/** What each flaw reads like, and what to write instead. */
const families: Record<ToneFamily, { readsLike: string; instead: string }> = {
  criticism: {
    readsLike: 'criticism of the offer or the company',
    instead: 'a neutral reason that blames no one',
  },
  boastful: {
    readsLike: 'boasting or a claim of being worth more',
    instead: 'what you bring, stated plainly, or a market figure',
  },
  ultimatum: {
    readsLike: 'an ultimatum or a threat',
    instead: 'a clear ask that leaves the reader room to answer',
  },
  hedging: {
    readsLike: 'a hedged or apologetic ask',
    instead: 'a plain ask with the figure or date you want',
  },
  'tentative-decision': {
    readsLike: 'a decision given as a guess',
    instead: 'the decision, stated once and plainly',
  },
  demand: {
    readsLike: 'a bare demand',
    instead: 'an ask with a figure and a reason the reader can share',
  },
  'over-explaining': {
    readsLike: 'a personal reason the reader does not need',
    instead: 'a short reason, or none',
  },
};

/** The rules that judge the same flaws by their wording. */
const toneRules = new Set([
  'decision-not-definitive',
  'no-hedging',
  'no-over-explaining',
  'no-criticism',
  'no-ultimatum',
  'no-bare-demand',
  'no-self-praise',
  'no-hedged-ask',
  'vague-ask',
  'hesitant-speech',
]);

export const readsLikeFlaw: DomainRule = {
  id: 'reads-like-flaw',
  severity: 'warning',
  title: 'sentences that read like a flaw seen in published messages',
  why: 'The word lists above catch the wordings they were written from; people put the same flaw in many other words. This rule weighs each sentence against a small model learned from published messages labelled by hand (see the method below), and names the words that made it read so. It only warns: the model can be wrong, and you can judge the sentence yourself.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Honestly, I expected a little more than this for someone like myself.\n\nBest,\nSam',
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Based on the market for this role, I would like to ask for a base of €78,000.\n\nBest,\nSam',
  },
  check(tree, file, facts) {
    const model = toneModelFor(facts.language);
    // A sentence a word-list rule has already flagged for its tone gets no second, vaguer finding.
    const flagged = file.messages
      .filter((m) => m.source === 'offerwise' && m.ruleId && toneRules.has(m.ruleId))
      .map((m) => spanOf(m)?.start ?? -1);
    for (const sentence of sentences(tree)) {
      const end = sentence.offset + sentence.text.length;
      if (flagged.some((at) => at >= sentence.offset && at < end)) continue;
      const finding = readTone(model, sentence.text);
      if (!finding) continue;
      const { readsLike, instead } = families[finding.family];
      report(file, {
        ruleId: 'reads-like-flaw',
        severity: 'warning',
        reason: `Unexpected wording that reads like ${readsLike} (${finding.evidence.map((e) => `\`${e}\``).join(', ')}), expected ${instead}`,
        offset: sentence.offset + finding.offset,
        length: finding.length,
        actual: sentence.text.slice(finding.offset, finding.offset + finding.length),
      });
    }
  },
};
