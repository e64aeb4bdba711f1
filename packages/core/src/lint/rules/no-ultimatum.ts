import { phraseMatches, report } from '../report';
import type { DomainRule } from '../rule';

const ruleId = 'no-ultimatum';

export const noUltimatum: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'an ultimatum or a threat',
  why: 'A threat ("this is my final number", "if I don’t hear back by Friday, consider the offer declined") leaves the other side two choices: give in and resent it, or call the bluff. A clear ask with a reason leaves room for a yes, and for a relationship afterwards.',
  bad: {
    text: 'Hi Jonas,\n\nThank you for the offer. €110,000 is my final number, and if I don’t hear back by Friday, consider the offer declined.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Jonas,\n\nThank you for the offer; I am excited about it. Would it be possible to bring the base salary to €104,000? With that I would be glad to sign.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    for (const { match, phrase } of phraseMatches(text, facts.words.ultimatum)) {
      report(file, {
        ruleId,
        severity: phrase.severity ?? 'error',
        reason: `Unexpected ultimatum \`${match[0]}\`, expected a request with a reason (“Would it be possible to …?”)`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
      });
    }
  },
};
