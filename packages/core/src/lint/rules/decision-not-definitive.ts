import { acceptScenarios, declineScenarios } from '../../messages/scenario';
import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';
import { type SentenceSpan, sentences } from '../sentences';

const ruleId = 'decision-not-definitive';

// "I know this may be hard news, but I have decided to decline": the softener belongs to
// another clause, so the decision is still clear.
const clauseBreak = /[;—–]|,?\s(?:but|aber|doch|jedoch)(?=\s)/giu;

function clauses(spans: SentenceSpan[]): SentenceSpan[] {
  return spans.flatMap((span) => {
    const out: SentenceSpan[] = [];
    let start = 0;
    for (const match of span.text.matchAll(clauseBreak)) {
      const end = match.index ?? 0;
      out.push({ text: span.text.slice(start, end), offset: span.offset + start, words: 0 });
      start = end + match[0].length;
    }
    out.push({ text: span.text.slice(start), offset: span.offset + start, words: 0 });
    return out;
  });
}

/**
 * A decision sentence is one with a verb of saying no (or yes); it is tentative when it also
 * carries a softener such as "might" or "leaning". Without a scenario only tentative decisions
 * are reported, since the linter cannot know a decision was due.
 */
export const decisionNotDefinitive: DomainRule = {
  id: ruleId,
  severity: 'error',
  title: 'a decline or acceptance that does not state the decision',
  why: 'A decline or an acceptance that leaves room for doubt gets a follow-up call instead of a reply: "so is that a no?" The other side plans headcount, start dates and other candidates on your answer, so say it once and plainly.',
  bad: {
    text: 'Dear Grace,\n\nThank you for the offer. I am leaning towards declining it, as I have accepted another role.\n\nKind regards,\nAna',
    context: { scenario: 'decline' },
  },
  good: {
    text: 'Dear Grace,\n\nThank you for the offer. I have decided to decline it, as I have accepted another role.\n\nKind regards,\nAna',
    context: { scenario: 'decline' },
  },
  check(tree, file, facts) {
    const { words, scenario } = facts;
    const saysNo = scenario !== undefined && declineScenarios.includes(scenario);
    const saysYes = scenario !== undefined && acceptScenarios.includes(scenario);
    const verbs = saysYes
      ? [words.acceptVerb]
      : saysNo
        ? [words.declineVerb]
        : [words.declineVerb, words.acceptVerb];
    let definite = false;
    for (const sentence of clauses(sentences(tree))) {
      const hasVerb = verbs.some((verb) => firstMatch(sentence.text, verb) !== null);
      if (!hasVerb) continue;
      const softener = firstMatch(sentence.text, words.tentative);
      if (!softener) {
        definite = true;
        continue;
      }
      const expected = saysYes ? words.definiteAccept : words.definiteDecline;
      report(file, {
        ruleId,
        severity: scenario ? 'error' : 'warning',
        reason: `Unexpected tentative decision \`${softener[0]}\`, expected a clear statement such as \`${expected}\``,
        offset: sentence.offset + softener.index,
        length: softener[0].length,
        actual: softener[0],
      });
    }
    if ((saysNo || saysYes) && !definite && file.messages.every((m) => m.ruleId !== ruleId)) {
      const expected = saysYes ? words.definiteAccept : words.definiteDecline;
      report(file, {
        ruleId,
        severity: 'error',
        reason: `Missing decision, expected a clear sentence such as \`${expected}\``,
        offset: 0,
        length: 0,
      });
    }
  },
};
