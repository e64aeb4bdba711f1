import type { VFile } from 'vfile';
import { isAsk, isDecision } from '../asks';
import { hedgeLexiconFor } from '../hedge-lexicon';
import { matchAll, report, spanOf } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-hedged-ask';

/** Where another rule has already reported, so one word gets one finding. */
function reportedSpans(file: VFile): [number, number][] {
  return file.messages.flatMap((m) => {
    const span = spanOf(m);
    return span ? [[span.start, span.end] as [number, number]] : [];
  });
}

export const noHedgedAsk: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'softeners from published hedge and filler lists inside an ask or a decision',
  why: 'A softener inside the sentence that asks or decides ("I was wondering if maybe I could …", "I think I will probably accept") tells the reader you expect a no, or might change your mind. The words come from published lists of hedges, fillers and weasel words (the npm packages `hedges`, `fillers` and `weasels`, minus the modal verbs, amounts and boosters that a polite request needs); the German list is our own. Only asks and decisions count, so "the team seemed great" stays quiet; the writer saying they are unsure ("I am unsure", "ich bin unsicher") counts in any sentence. A word another rule already reported (no-hedging’s "maybe", "I think") is left to that rule.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. I was wondering if I could maybe have a slightly higher base?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Could we bring the base to $170,000? The team seemed great when we met.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(tree, file, facts) {
    const lexicon = hedgeLexiconFor(facts.language);
    const taken = reportedSpans(file);
    for (const sentence of sentences(tree)) {
      const pointed =
        isAsk(sentence.text, facts.language) || isDecision(sentence.text, facts.language);
      const kinds = [
        {
          pattern: lexicon.selfDoubt,
          reason: (words: string) =>
            `Unexpected doubt about yourself (${words}), expected what you know, or the question you would like answered: the reader takes you at your word`,
        },
        ...(pointed
          ? [
              {
                pattern: lexicon.softener,
                reason: (words: string) =>
                  `Unexpected softening (${words}) in a sentence that asks or decides, expected the plain ask or decision: it is just as polite, and easier to say yes to`,
              },
            ]
          : []),
      ];
      for (const { pattern, reason } of kinds) {
        const hits = matchAll(sentence.text, pattern)
          .map((match) => ({ at: sentence.offset + (match.index ?? 0), word: match[0] }))
          .filter(
            ({ at, word }) => !taken.some(([from, to]) => at < to && from < at + word.length),
          );
        const first = hits[0];
        const last = hits.at(-1);
        if (!first || !last) continue;
        const end = last.at + last.word.length;
        taken.push([first.at, end]);
        report(file, {
          ruleId,
          severity: 'warning',
          reason: reason([...new Set(hits.map((hit) => `\`${hit.word}\``))].join(', ')),
          offset: first.at,
          length: end - first.at,
          actual: String(file).slice(first.at, end),
        });
      }
    }
  },
};
