import { phraseMatches, report } from '../report';
import type { DomainRule } from '../rule';

export const noCriticism: DomainRule = {
  id: 'no-criticism',
  severity: 'error',
  title: 'criticism of the company, role, process or people',
  why: 'The people who read this message will meet you again: as colleagues, references or future employers. A reason can be true and still be told without blame; a judgement of their pay, process or team is remembered long after the decision.',
  bad: {
    text: 'Dear Jonas,\n\nThank you for the offer. Honestly the process was chaotic and the salary is too low, so I have decided to decline.\n\nBest regards,\nAna',
    context: { scenario: 'decline' },
  },
  good: {
    text: 'Dear Jonas,\n\nThank you for the offer. I have decided to decline it, as the package does not fit what I need right now.\n\nBest regards,\nAna',
    context: { scenario: 'decline' },
  },
  check(_tree, file, facts) {
    const text = String(file);
    for (const { match, phrase } of phraseMatches(text, facts.words.criticism)) {
      report(file, {
        ruleId: 'no-criticism',
        severity: phrase.severity ?? 'error',
        reason: `Unexpected criticism \`${match[0]}\`, expected a neutral reason that blames no one`,
        offset: match.index ?? 0,
        length: match[0].length,
        actual: match[0],
        ...(phrase.expected === undefined ? {} : { expected: [phrase.expected] }),
      });
    }
  },
};
