import { describe, expect, it } from 'vitest';
import { moneyMentions } from './money';

describe('moneyMentions', () => {
  it.each([
    ['€98,000', 98000, 'EUR'],
    ['98.000 €', 98000, 'EUR'],
    ['$155k', 155000, 'USD'],
    ['GBP 92,000', 92000, 'GBP'],
    ['120k', 120000, undefined],
    ['98.5k', 98500, undefined],
    ['£1,234,567.50', 1234567, 'GBP'],
  ])('reads %s as %d', (text, value, currency) => {
    const [mention] = moneyMentions(`It was ${text}.`);
    expect(mention?.value).toBe(value);
    expect(mention?.currency).toBe(currency);
  });

  it('skips years and small counts', () => {
    expect(moneyMentions('In 2026 I asked for 3 days and 2 weeks.')).toEqual([]);
  });
});
