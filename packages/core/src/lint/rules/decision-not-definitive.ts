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

/** The clause up to its reason: "I must decline, as the workload may not align" → "I must decline". */
function beforeReason(text: string, reasonClause: RegExp): string {
  const reason = firstMatch(text, reasonClause);
  return reason ? text.slice(0, reason.index) : text;
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
    const expected = saysYes ? words.definiteAccept : words.definiteDecline;
    let definite = false;
    const tentative: { match: RegExpExecArray; offset: number; weak: boolean }[] = [];
    for (const clause of clauses(sentences(tree))) {
      const text = beforeReason(clause.text, words.reasonClause);
      const hasVerb = verbs.some((verb) => firstMatch(text, verb) !== null);
      if (!hasVerb) continue;
      const strong = firstMatch(text, words.tentative);
      const softener = strong ?? firstMatch(text, words.tentativeWeak);
      if (!softener || firstMatch(text, words.decided)) definite = true;
      else tentative.push({ match: softener, offset: clause.offset, weak: strong === null });
    }
    // A softener is an error only where it is the whole answer: once the message states the
    // decision plainly elsewhere, or the softener is only a feeling, it is a warning. A feeling
    // after a plain decision ("I must decline … I feel it is best to withdraw") is its reason.
    for (const { match, offset, weak } of tentative) {
      if (weak && definite) continue;
      report(file, {
        ruleId,
        severity: scenario && !definite && !weak ? 'error' : 'warning',
        reason: `Unexpected tentative decision \`${match[0]}\`, expected a clear statement such as \`${expected}\``,
        offset: offset + match.index,
        length: match[0].length,
        actual: match[0],
      });
    }
    if ((saysNo || saysYes) && !definite && tentative.length === 0) {
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
