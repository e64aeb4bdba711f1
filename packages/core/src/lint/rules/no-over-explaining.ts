import type { Channel, Scenario } from '../../messages/scenario';
import { matchAll, report } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-over-explaining';

/** Words and sentences an email may take per scenario; a message with no scenario gets the widest. */
const emailLimits: Record<Scenario | 'any', { words: number; sentences: number }> = {
  decline: { words: 170, sentences: 11 },
  withdraw: { words: 150, sentences: 10 },
  extension: { words: 170, sentences: 11 },
  negotiate: { words: 240, sentences: 15 },
  'counter-request': { words: 160, sentences: 10 },
  'counter-decline': { words: 170, sentences: 11 },
  'counter-accept': { words: 200, sentences: 12 },
  accept: { words: 220, sentences: 13 },
  feedback: { words: 240, sentences: 15 },
  any: { words: 300, sentences: 18 },
};

/** Channels scale the email budget: a LinkedIn message is short, a call script is read aloud. */
const channelScale: Record<Channel, number> = {
  email: 1,
  recruiter: 0.8,
  linkedin: 0.6,
  phone: 1.2,
};

export const noOverExplaining: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'over-explaining: too many words or sentences for the scenario, or your own finances',
  why: 'Every extra sentence in a decline is another thing to disagree with, and every extra paragraph in an ask buries the number. The limits are per scenario and channel: a LinkedIn note gets about half an email. Your rent or loans are a reason for you, not for them: they invite a reply about your budget instead of the role.',
  bad: {
    text: `Hi Dana,\n\nThank you for the offer. ${'I have thought about it a lot, weighing the team, the commute and the growth. '.repeat(12)}So I decline.\n\nBest,\nSam`,
    context: { scenario: 'decline', channel: 'linkedin' },
  },
  good: {
    text: 'Hi Dana,\n\nThank you for the offer. After weighing it carefully I have decided to decline. I hope our paths cross again.\n\nBest,\nSam',
    context: { scenario: 'decline', channel: 'linkedin' },
  },
  check(tree, file, facts) {
    const text = String(file);
    for (const phrase of facts.words.personalFinances) {
      for (const match of matchAll(text, phrase.pattern)) {
        report(file, {
          ruleId,
          severity: 'warning',
          reason: `Unexpected personal finances \`${match[0]}\`, expected a reason about the role or the market, or none`,
          offset: match.index ?? 0,
          length: match[0].length,
          actual: match[0],
        });
      }
    }
    const base = emailLimits[facts.scenario ?? 'any'];
    const scale = channelScale[facts.channel ?? 'email'];
    const maxWords = Math.round(base.words * scale);
    const maxSentences = Math.round(base.sentences * scale);
    const spans = sentences(tree);
    const words = spans.reduce((sum, span) => sum + span.words, 0);
    const what = `${facts.scenario ?? 'a message'}${facts.channel ? ` by ${facts.channel}` : ''}`;
    const end = text.length;
    if (words > maxWords) {
      let seen = 0;
      const from =
        spans.find((span) => {
          seen += span.words;
          return seen > maxWords;
        })?.offset ?? 0;
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected ${words} words, expected at most ${maxWords} for ${what}`,
        offset: from,
        length: end - from,
      });
    }
    if (spans.length > maxSentences) {
      const from = spans[maxSentences]?.offset ?? 0;
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected ${spans.length} sentences, expected at most ${maxSentences} for ${what}`,
        offset: from,
        length: end - from,
      });
    }
  },
};
