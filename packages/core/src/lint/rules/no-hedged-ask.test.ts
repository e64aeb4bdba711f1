import { describe, expect, it } from 'vitest';
import { englishProgressives, englishSofteners } from '../hedge-lexicon';
import { lint } from '../lint';
import type { LintContext } from '../lint-context';

function findings(text: string, context: LintContext = {}) {
  return lint(text, context).filter((d) => d.ruleId === 'no-hedged-ask');
}

describe('no-hedged-ask', () => {
  it('takes its English words from the published lists, minus request frames and boosters', () => {
    const words = englishSofteners();
    for (const kept of ['maybe', 'perhaps', 'hopefully', 'kind of', 'sort of', 'basically'])
      expect(words).toContain(kept);
    // "Could I …", "Would it be possible …", "very grateful", "about the start date": not hedges here.
    for (const left of ['could', 'would', 'possible', 'very', 'really', 'about', 'like'])
      expect(words).not.toContain(left);
    expect(englishProgressives()).toContain('wondering');
  });

  for (const [text, words] of [
    ['Thank you. I was wondering if I could have a later start date?', ['wondering']],
    ['Thank you. Could you possibly raise the base to $150,000?', ['possibly']],
    ['Thank you. I am fairly sure I will accept, I suppose.', ['fairly', 'suppose']],
    ['Thank you. Could we essentially settle on the sign-on bonus?', ['essentially']],
  ] as const) {
    it(`names the softeners in "${text}"`, () => {
      const [finding, ...rest] = findings(text, { scenario: 'negotiate' });
      expect(rest).toEqual([]);
      expect(finding?.severity).toBe('warning');
      for (const word of words) expect(finding?.message).toContain(`\`${word}\``);
    });
  }

  it('reports the writer doubting themselves in any sentence, in German too', () => {
    const de = findings('Vielen Dank. Bei der Gehaltsfrage bin ich mir noch unsicher.', {
      language: 'de',
    });
    expect(de[0]?.message).toContain('doubt about yourself');
    expect(findings('Thank you. I am unsure about the relocation part.')).toHaveLength(1);
  });

  it('reads German softeners in an ask: "Ich würde eigentlich gern …"', () => {
    const [finding] = findings('Vielen Dank. Ich würde eigentlich gern 85.000 € vorschlagen.', {
      language: 'de',
      scenario: 'negotiate',
    });
    expect(finding?.message).toContain('`eigentlich`');
  });

  for (const text of [
    // Not an ask or a decision: the hedge costs nothing.
    'Thank you. The team seemed great, and maybe we will meet at a conference.',
    // A plain polite ask.
    'Thank you. Would it be possible to bring the base to $150,000?',
    // Time to think, and a softened no, are fine.
    'Thank you. After thinking it over, I have decided to decline; the role is not really the direction I want.',
    'Thank you. Could I have three days to think it over?',
    // Warmth, not doubt.
    'Thank you, I am very happy to accept the offer.',
  ]) {
    it(`stays quiet on "${text}"`, () => {
      expect(findings(text, { scenario: 'negotiate' })).toEqual([]);
    });
  }

  // no-hedging's own list has "maybe" and "I think"; this rule adds only what it does not name.
  it('leaves a hedge another rule already named to that rule', () => {
    const text = 'Thank you. I think I will accept.';
    const all = lint(text, { scenario: 'accept' });
    expect(all.some((d) => d.ruleId === 'no-hedging')).toBe(true);
    expect(findings(text, { scenario: 'accept' })).toEqual([]);
  });
});
