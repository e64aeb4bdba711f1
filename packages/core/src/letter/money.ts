/** A money amount found in a letter, with the currency its symbol or code names. */
export interface MoneyMention {
  amount: number;
  /** ISO code, or undefined when the figure has no symbol or code next to it. */
  currency: string | undefined;
  start: number;
  end: number;
  raw: string;
}

const symbolCurrency: Record<string, string> = {
  us$: 'USD',
  usd: 'USD',
  $: 'USD',
  ca$: 'CAD',
  c$: 'CAD',
  cdn$: 'CAD',
  cad: 'CAD',
  cdn: 'CAD',
  a$: 'AUD',
  aud: 'AUD',
  hk$: 'HKD',
  hkd: 'HKD',
  nz$: 'NZD',
  nzd: 'NZD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
  fr: 'CHF',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  inr: 'INR',
  rs: 'INR',
  '₹': 'INR',
  jpy: 'JPY',
  '¥': 'JPY',
  sgd: 'SGD',
  s$: 'SGD',
  php: 'PHP',
  '₱': 'PHP',
};

// Digits in Indian (3,60,000.00: lakhs grouped by two), English (92,000.50), German (92.000,50),
// Swiss (92'000) or plain (92000) form, optionally with k/m, "thousand"/"million"/"Tsd." or
// "lakh"/"crore" (and "LPA", lakhs per annum). "$.20 per share": a price in cents may drop its
// leading zero.
const number = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.'\u2019 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?|\.\d{1,2}\b`;
const scale = String.raw`(?:\s?(?:k|m|thousand|million|Mio\.?|Tsd\.?|lakhs?|lacs?|LPA|crores?)\b)?`;
// A bare "$" is a US dollar only when no letters stand before it: "R$" or "MX$" is another
// currency the reader does not know, so the figure is left unread rather than read as USD. A code
// may carry a "$" of its own ("USD$250,000", "AUD$"). "Rs." keeps its dot before the figure, and
// comes first so that "Rs.3,60,000" is not read as "Rs" and ".3".
const prefix = String.raw`(US\$|CDN\$|Cdn\$|CA\$|C\$|A\$|S\$|HK\$|NZ\$|(?<![A-Za-z])\$|€|£|₹|¥|₱|\bRs\.|\b(?:USD|EUR|Euro|GBP|CHF|CAD|CDN|AUD|HKD|NZD|SEK|NOK|DKK|PLN|INR|JPY|SGD|PHP|Rs)(?![A-Za-z])\$?)\s?`;
const suffix = String.raw`\s?(€|\$|£|\b(?:USD|EUR|GBP|CHF|CAD|CDN|AUD|HKD|NZD|SEK|NOK|DKK|PLN|INR|JPY|SGD|PHP|euros?|Euro|dollars|US)\b)`;
// "$100,000.00 CDN": a code after a dollar amount says which dollar it is.
const moneyPattern = new RegExp(
  String.raw`${prefix}(${number})(\*)?${scale}(?:\s?(USD|US|EUR|GBP|CHF|CAD|CDN|AUD))?|(${number})${scale}${suffix}`,
  'giu',
);

/** Reads "3,60,000" (Indian), "92.000,50" (German), "92,000.50" (English), "92'000" (Swiss), "92000". */
export function parseNumber(raw: string, decimalComma = false): number | undefined {
  const text = raw.replace(/[\s'\u2019]/g, '');
  if (/^\d{1,2}(,\d{2})+,\d{3}(\.\d{1,2})?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text))
    return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d+\.\d{3}$/.test(text) && decimalComma) return Number(text.replace('.', ''));
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function scaleOf(text: string): number {
  const word = text.toLowerCase();
  if (/\b(k|thousand|tsd)/.test(word)) return 1000;
  if (/\b(m|million|mio)/.test(word)) return 1_000_000;
  if (/\b(lakh|lac|lpa)/.test(word)) return 100_000;
  if (/\bcrore/.test(word)) return 10_000_000;
  return 1;
}

/**
 * Whether `money` restates the amount before it in another currency, in brackets right after it:
 * "$350,000 USD per annum (392,111 CAD)", "US$200,000 (approximately CDN$270,000)". `between` is
 * the text from the end of `previous` to the start of `money`.
 */
export function restatesInOtherCurrency(
  previous: MoneyMention | undefined,
  money: MoneyMention,
  between: string,
): boolean {
  return (
    previous?.currency !== undefined &&
    money.currency !== undefined &&
    previous.currency !== money.currency &&
    /^[^.;()$€£\d]{0,20}\(\s*(?:approx(?:imately|\.)?|about|roughly|(?:the )?equivalent (?:of|to)|equal to|i\.e\.,?|circa|ca\.)?\s*$/i.test(
      between,
    )
  );
}

// The end of probation or confirmation in a job: "on successful completion of the probation period".
const probationEnds =
  /\b(?:on|upon|after|following)\s+(?:the\s+)?(?:successful(?:ly)?\s+)?(?:complet\w+|confirmation|end)\s+(?:of\s+)?(?:the\s+|your\s+)?probation|\bafter\s+(?:the\s+|your\s+)?probation|\b(?:on|upon)\s+(?:your\s+)?confirmation\b/i;

/**
 * A pay a figure is raised to once probation ends ("On completion of the probation period, your
 * pay would stand revised to Rs.X", "$60,000, rising to $66,000 on completion of your
 * probation"): a later figure, so the starting one stays the offer's base.
 */
export function raisedAfterProbation(lead: string, after: string): boolean {
  if (!/\b(?:revised|increas\w*|raised|rising|rises?|go(?:es)? up)\s+to\s*$/i.test(lead.slice(-60)))
    return false;
  return probationEnds.test(lead) || probationEnds.test(after.split(/[;.]/)[0] ?? '');
}

/** Every money amount with a currency symbol or code in `text`, in order. */
export function moneyIn(text: string, offset = 0): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(moneyPattern)) {
    const raw = m[0];
    const symbol = (m[1] ?? m[6] ?? '')
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^([a-z]{3})\$$/, '$1');
    const digits = m[2] ?? m[5] ?? '';
    const trailingCode = (m[4] ?? '').toUpperCase();
    const amount = parseNumber(digits, symbol === '€' || symbol === 'eur' || symbol === 'euro');
    if (amount === undefined) continue;
    const scaled = amount * scaleOf(raw.slice(raw.indexOf(digits) + digits.length));
    let currency = symbolCurrency[symbol];
    if (currency === 'USD' && trailingCode && trailingCode !== 'US' && trailingCode !== 'USD')
      currency = symbolCurrency[trailingCode.toLowerCase()];
    const start = offset + (m.index ?? 0);
    out.push({ amount: scaled, currency, start, end: start + raw.length, raw });
  }
  return out;
}

/** Number words a letter may spell out, as in "thirty-six (36) months". */
const words: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  'thirty-six': 36,
  'forty-eight': 48,
  sixty: 60,
  ein: 1,
  eins: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  zwölf: 12,
  dreißig: 30,
  achtundvierzig: 48,
  sechsunddreißig: 36,
  vierundzwanzig: 24,
};

/** A count written as digits or as a word ("12", "twelve", "twelve (12)"). */
export function countOf(token: string): number | undefined {
  const t = token.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  return words[t];
}

export const countPattern = String.raw`(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty(?:-four)?|thirty(?:-six)?|forty-eight|sixty|eine[mn]?|ein|zwei|drei|vier|fünf|sechs|zwölf|dreißig|vierundzwanzig|sechsunddreißig|achtundvierzig)(?:\s*\(\d+\))?`;
