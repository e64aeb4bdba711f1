import { describe, expect, it } from 'vitest';
import { lint } from './lint';
import type { LintContext } from './lint-context';

/**
 * Words with a sense that is ordinary in an offer message, which a general list or a hedge rule
 * read in its other sense. Our own sentences; each fix keeps the sense it was meant for.
 */
function rulesOn(text: string, context: LintContext = {}) {
  return lint(text, context)
    .filter((d) => d.severity !== 'info' && d.ruleId !== 'missing-thanks')
    .map((d) => d.ruleId);
}

describe('word senses that are plain in an offer message', () => {
  it('reads "period", "sick days", "remains" and drug testing as terms, not profanity', () => {
    for (const text of [
      'The trial period is six months, and sick days are separate from vacation.',
      'Thames Digital Bank remains my first choice.',
      'I will have finished the drug testing before my start date.',
    ])
      expect(rulesOn(text)).toEqual([]);
  });

  it('still flags a word that is profane in most uses', () => {
    expect(rulesOn('Honestly, the bonus structure is crap.')).toContain('profanities');
  });

  it('reads a title, a degree and "just" in its time or "only" sense as plain', () => {
    for (const text of [
      'Dear Mrs. Okafor, thank you for the offer.',
      'I hold a Master’s in Finance, which the role asks for.',
      'I just received the contract, and there are just two points to settle before I sign.',
      'I will reply just as soon as I have read it.',
    ])
      expect(rulesOn(text)).toEqual([]);
  });

  it('still hears "just" and "I think" softening the writer’s own ask or decision', () => {
    expect(rulesOn('I just need a little more time.')).toContain('no-hedging');
    expect(rulesOn('I think I might decline the offer.')).toContain('no-hedging');
    expect(rulesOn('Could you just raise the base a little?')).toContain('no-hedged-ask');
  });

  it('leaves "I think" before an opinion about a thing alone', () => {
    expect(
      rulesOn('The range you gave is $120k to $140k. I think that is a fair place to start.'),
    ).toEqual([]);
  });
});

describe('a decision already stated plainly', () => {
  const decline: LintContext = { scenario: 'decline' };

  it('reads "for now" inside "I have decided" as the decision’s reach, not doubt', () => {
    const text =
      'Thank you for the offer. I have decided to decline it and stay in my current role for now.';
    expect(rulesOn(text, decline)).toEqual([]);
  });

  it('reads a feeling after a plain decline as its reason', () => {
    const text =
      'Thank you for the offer. I must decline it. While I enjoyed our talks, I feel it is best to withdraw.';
    expect(rulesOn(text, decline)).toEqual([]);
  });

  it('still warns when the feeling is the only decision', () => {
    const text = 'Thank you for the offer. I feel I should decline it.';
    expect(rulesOn(text, decline)).toContain('decision-not-definitive');
  });
});
