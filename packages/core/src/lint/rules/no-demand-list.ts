import { firstMatch, report } from '../report';
import type { DomainRule } from '../rule';
import { sentences } from '../sentences';

const ruleId = 'no-demand-list';
const maxAsks = 3;
const listItem = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(.+)$/gmu;
const digit = /\d/;

/**
 * Counts asks: list items about pay, plus (in a negotiation) questions that carry a figure.
 * Three is the ceiling the negotiation plan works to; past it the asks stop being priorities.
 */
export const noDemandList: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'a negotiation ask with a list of many demands',
  why: 'One to three asks, each with a number, tell the other side what matters most and are easy to take to an approver. A long list reads as a set of demands, gets partly granted at best, and leaves the choice of what to give to them.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Before I sign I need:\n- base salary of $175,000\n- sign-on bonus of $40,000\n- 30 vacation days\n- a remote budget of $2,000\n- the Staff title in writing\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Would it be possible to bring the base salary to $170,000? That would let me accept this week.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(tree, file, facts) {
    const text = String(file);
    const asks: { offset: number; length: number }[] = [];
    for (const match of text.matchAll(listItem)) {
      const item = match[1] ?? '';
      if (digit.test(item) || firstMatch(item, facts.words.payWord)) {
        asks.push({ offset: match.index ?? 0, length: match[0].trimEnd().length });
      }
    }
    if (facts.scenario === 'negotiate') {
      for (const sentence of sentences(tree)) {
        const end = sentence.offset + sentence.text.length;
        const inList = asks.some(
          (ask) => sentence.offset < ask.offset + ask.length && ask.offset < end,
        );
        if (!inList && sentence.text.trimEnd().endsWith('?') && digit.test(sentence.text)) {
          asks.push({ offset: sentence.offset, length: sentence.text.length });
        }
      }
    }
    if (asks.length <= maxAsks) return;
    asks.sort((a, b) => a.offset - b.offset);
    const extra = asks[maxAsks];
    if (!extra) return;
    report(file, {
      ruleId,
      severity: 'warning',
      reason: `Unexpected ${asks.length} asks, expected at most ${maxAsks}: keep the ones that matter most`,
      offset: extra.offset,
      length: extra.length,
    });
  },
};
