import { matchAll, report } from '../report';
import type { DomainRule } from '../rule';

export const noHedging: DomainRule = {
  id: 'no-hedging',
  severity: 'warning',
  title: 'hedging and vague excuses',
  why: 'Hedges ("I think", "maybe") invite the reader to argue with a decision that is already made, and vague excuses ("something came up") sound like a cover story. A short true reason, or none, reads as more respectful than either.',
  bad: {
    text: 'Hi Priya,\n\nThank you so much. I think I will maybe decline, for various reasons.\n\nBest,\nSam',
  },
  good: {
    text: 'Hi Priya,\n\nThank you so much. After careful thought I have decided to decline the offer.\n\nBest,\nSam',
  },
  check(_tree, file, facts) {
    const text = String(file);
    for (const [kind, phrases] of [
      ['hedge', facts.words.hedges],
      ['vague excuse', facts.words.vagueExcuses],
    ] as const) {
      for (const phrase of phrases) {
        for (const match of matchAll(text, phrase.pattern)) {
          const expected =
            kind === 'hedge' ? 'a plain statement' : 'a short neutral reason, or none at all';
          report(file, {
            ruleId: 'no-hedging',
            severity: 'warning',
            reason: `Unexpected ${kind} \`${match[0]}\`, expected ${expected}`,
            offset: match.index ?? 0,
            length: match[0].length,
            actual: match[0],
            ...(phrase.expected === undefined ? {} : { expected: [phrase.expected] }),
          });
        }
      }
    }
  },
};
