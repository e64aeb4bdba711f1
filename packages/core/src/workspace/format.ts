/** Formatting shared by every surface, so the CLI, API and web show the same figures. */

// Building an Intl.NumberFormat costs far more than using one; evaluation formats hundreds of figures.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(
  key: string,
  options: Intl.NumberFormatOptions,
  locale = 'en-GB',
): Intl.NumberFormat {
  let cached = formatters.get(`${locale}|${key}`);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(`${locale}|${key}`, cached);
  }
  return cached;
}

/** Whole units of a currency: "€98,000" (or "98.000 €" with locale "de-DE" for a German message). */
export function formatMoney(value: number, currency: string, locale = 'en-GB'): string {
  return formatter(
    `money:${currency}`,
    { style: 'currency', currency, maximumFractionDigits: 0 },
    locale,
  ).format(value);
}

// Keyed by locale, then by digits: evaluation formats a number per cell, so no key strings.
const numberFormats = new Map<string, Intl.NumberFormat[]>();

export function formatNumber(value: number, digits = 2, locale = 'en-GB'): string {
  let byDigits = numberFormats.get(locale);
  if (!byDigits) {
    byDigits = [];
    numberFormats.set(locale, byDigits);
  }
  let format = byDigits[digits];
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    byDigits[digits] = format;
  }
  return format.format(value);
}

export function formatPct(fraction: number, digits = 0, locale = 'en-GB'): string {
  return `${formatNumber(fraction * 100, digits, locale)} %`;
}
