import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, tidyFix } from './fix';
import { lint } from './lint';

/** Applies every fix lint offers, the way the web app does: one splice per fix. */
function fixAll(text: string): string {
  const fixes = lint(text).flatMap((d) => (d.fix ? [d.fix] : []));
  return applyFixes(text, fixes);
}

/** Punctuation and spacing no fix may leave behind. */
const broken = /[ \t][,.;!?]|[ \t]{2,}|,,|,\s*[.!?]|(?:^|[.!?]\s+|\n)\p{Ll}/u;

describe('tidyFix', () => {
  it('deletes a hedge after a greeting without leaving "Sam , I"', () => {
    expect(fixAll('Hi Sam, I think I will decline the offer.')).toBe(
      'Hi Sam, I will decline the offer.',
    );
  });

  it('takes the commas that only framed the deleted words', () => {
    expect(fixAll('Thank you. I have decided to decline, to be honest.')).toBe(
      'Thank you. I have decided to decline.',
    );
    expect(fixAll('Hi Sam, maybe, we could talk on Monday.')).toBe(
      'Hi Sam, we could talk on Monday.',
    );
  });

  it('capitalises what starts the sentence once the first words are gone', () => {
    expect(fixAll('Thank you. Maybe we could talk on Monday.')).toBe(
      'Thank you. We could talk on Monday.',
    );
    expect(fixAll('Frankly, the offer is below what I hoped.')).toBe(
      'The offer is below what I hoped.',
    );
    expect(tidyFix('x. just wanted to say', { offset: 3, length: 11, text: 'wanted' })).toEqual({
      offset: 3,
      length: 11,
      text: 'Wanted',
    });
  });

  it('leaves no broken spacing or punctuation, whatever surrounds a hedge', () => {
    const hedge = fc.constantFrom('I think', 'maybe', 'to be honest', 'frankly', 'perhaps');
    const before = fc.constantFrom('', 'Hi Sam, ', 'Thank you. ', 'Thank you, ');
    const after = fc.constantFrom(' I will decline.', ', I will decline.', '.', ' we could talk.');
    fc.assert(
      fc.property(before, hedge, after, (b, h, a) => {
        const text = `${b}${h}${a}`;
        const fixed = fixAll(text);
        expect(fixed).not.toMatch(broken);
        expect(fixed.toLowerCase()).not.toContain(h.toLowerCase());
      }),
    );
  });
});
