/** A money-like figure found in a message. */
export interface MoneyMention {
  text: string;
  value: number;
  offset: number;
  /** ISO code when the figure names its currency. */
  currency?: string;
}

const currencyOf: [RegExp, string][] = [
  [/€|EUR|euro/i, 'EUR'],
  [/£|GBP|pound/i, 'GBP'],
  [/\$|USD|dollar/i, 'USD'],
  [/CHF/, 'CHF'],
];

// "€98,000", "98.000 €", "$155k", "GBP 92,000", "120k", "98000". Plain numbers need four digits
// so years are filtered below and small counts ("3 days") never match.
const money =
  /(?:[€$£]\s?|(?:EUR|USD|GBP|CHF)\s)?\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?:[.,]\d{1,2})?(?:\s?[kK](?![\p{L}]))?(?:\s?(?:€|£|\$|EUR|USD|GBP|CHF|euros?|dollars?|pounds?))?|(?:[€$£]\s?|(?:EUR|USD|GBP|CHF)\s)?\d+(?:[.,]\d+)?\s?[kK](?![\p{L}])|(?:[€$£]\s?|(?:EUR|USD|GBP|CHF)\s)\d+(?:[.,]\d+)?|\d{4,7}(?![\p{L}\p{N}])/gu;

/** The money-like figures of a message with their values; years on their own are skipped. */
export function moneyMentions(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const match of text.matchAll(money)) {
    const raw = match[0];
    const digits = raw.replace(/[^\d.,kK]/g, '');
    const thousands = /\d[,.\u202f\u00a0 ]\d{3}(?!\d)/u.test(raw);
    let value = thousands
      ? Number(digits.replace(/[.,](\d{1,2})$/, '').replace(/[^\d]/g, ''))
      : Number(digits.replace(/[kK]/, '').replace(',', '.'));
    if (/[kK]$/.test(digits)) value *= thousands ? 1 : 1000;
    const bare = /^\d{4}$/.test(raw);
    if (bare && value >= 1900 && value <= 2100) continue;
    if (!Number.isFinite(value)) continue;
    const mention: MoneyMention = { text: raw, value, offset: match.index ?? 0 };
    const currency = currencyOf.find(([pattern]) => pattern.test(raw))?.[1];
    if (currency) mention.currency = currency;
    out.push(mention);
  }
  return out;
}
