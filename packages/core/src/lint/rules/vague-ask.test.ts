import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../../test/example-workspaces';
import { evaluate } from '../../decide/evaluate';
import { negotiationPlan } from '../../decide/negotiation';
import { formatMoney } from '../../workspace/format';
import { lint } from '../lint';
import type { LintContext } from '../lint-context';

function findings(text: string, context: LintContext = {}) {
  return lint(text, context).filter((d) => d.ruleId === 'vague-ask');
}

describe('vague-ask', () => {
  for (const [text, cues] of [
    ['Thank you. Could the salary go a bit higher?', ['salary', 'higher']],
    ['Thank you. Could I work from home a bit more?', ['more', 'from home']],
    ['Thank you. I wanted to ask whether the bonus could be higher.', ['bonus', 'higher']],
    ['Thank you. Would it be possible to take some time off before I start?', ['some time off']],
  ] as const) {
    it(`warns on "${text}", naming ${cues.join(' and ')}`, () => {
      const [finding] = findings(text, { scenario: 'negotiate' });
      expect(finding?.severity).toBe('warning');
      expect(finding?.message).toContain('a figure or a date');
      for (const cue of cues) expect(finding?.message).toContain(`\`${cue}\``);
    });
  }

  it('reads German: "Könnten Sie beim Gehalt noch etwas mehr machen?"', () => {
    const text = 'Vielen Dank. Könnten Sie beim Gehalt noch etwas mehr machen?';
    expect(findings(text, { language: 'de', scenario: 'negotiate' })).toHaveLength(1);
  });

  it('reads a German compound that holds both the more and the what: "Gehaltserhöhung"', () => {
    const text = 'Vielen Dank. Wäre eine Gehaltserhöhung möglich?';
    const [finding] = findings(text, { language: 'de', scenario: 'negotiate' });
    expect(finding?.message).toContain('(`Gehaltserhöhung`)');
  });

  it('works on an excerpt with no scenario, and not in a decline or an acceptance', () => {
    const text = 'Is there anything you can do to increase the salary?';
    expect(findings(text)).toHaveLength(1);
    expect(findings(text, { scenario: 'decline' })).toEqual([]);
    expect(findings(text, { scenario: 'accept' })).toEqual([]);
  });

  for (const text of [
    // A figure in the ask, the sentence before, or the one after.
    'Thank you. Could you increase the base to $170,000?',
    'Thank you. I had €80,000 in mind. Is there any flexibility on the salary?',
    'Thank you. Could I have more time? Friday 4 December would work well.',
    'Thank you. Could I work from home two days a week?',
    // "that number" points back at a figure given earlier.
    'Thank you. Is there any flexibility in that number?',
    // The "more" is outside the ask.
    'I have a better package from another company, what can you do?',
    // Asking to talk about it: the figure belongs in that conversation.
    'Thank you. I would like to discuss a higher base with you this week.',
    // Not asking for more of anything.
    'Thank you. Could you send me the contract?',
  ]) {
    it(`stays quiet on "${text}"`, () => {
      expect(findings(text, { scenario: 'negotiate' })).toEqual([]);
    });
  }

  it("suggests the negotiation plan's ask when the workspace has one", () => {
    const workspace = exampleWorkspace('international-move.yaml');
    const now = new Date('2026-11-25T12:00:00Z');
    const plan = negotiationPlan(workspace, evaluate(workspace, { now }), 'alpenwerk');
    const ask = plan?.asks.find((a) => a.lever !== 'value');
    expect(ask).toBeDefined();
    if (!ask) return;
    const [finding] = findings('Thank you. Could you increase the base salary a little?', {
      scenario: 'negotiate',
      workspace,
      offerId: 'alpenwerk',
      now,
    });
    expect(finding?.message).toContain(formatMoney(ask.target, ask.unit));
  });
});
