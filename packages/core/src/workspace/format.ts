/** Formatting shared by every surface, so the CLI, API and web show the same figures. */

/**
 * An Intl.NumberFormat with the figures it has already written. Building a format costs far more
 * than using one, and using one is still the slow part of an evaluation, which writes the same few
 * hundred figures (weights, scales, pay) on every pass.
 */
class NumberWriter {
  readonly #format: Intl.NumberFormat;
  readonly #written = new Map<number, string>();

  constructor(locale: string, options: Intl.NumberFormatOptions) {
    this.#format = new Intl.NumberFormat(locale, options);
  }

  write(value: number): string {
    // A Map key does not tell 0 from -0; both are written "0".
    const key = value === 0 ? 0 : value;
    let text = this.#written.get(key);
    if (text === undefined) {
      text = this.#format.format(key);
      // A slider sweeps through new values; forgetting them now and then bounds the memory.
      if (this.#written.size >= 4096) this.#written.clear();
      this.#written.set(key, text);
    }
    return text;
  }
}

/** Writers by locale, then by what sets them apart (a currency, a number of digits): no key strings. */
type Writers<K> = Map<string, Map<K, NumberWriter>>;

function writer<K>(
  writers: Writers<K>,
  locale: string,
  key: K,
  options: () => Intl.NumberFormatOptions,
): NumberWriter {
  let byKey = writers.get(locale);
  if (!byKey) {
    byKey = new Map();
    writers.set(locale, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    found = new NumberWriter(locale, options());
    byKey.set(key, found);
  }
  return found;
}

const moneyWriters: Writers<string> = new Map();
const numberWriters: Writers<number> = new Map();

/** Whole units of a currency: "€98,000" (or "98.000 €" with locale "de-DE" for a German message). */
export function formatMoney(value: number, currency: string, locale = 'en-GB'): string {
  return writer(moneyWriters, locale, currency, () => ({
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  })).write(value);
}

export function formatNumber(value: number, digits = 2, locale = 'en-GB'): string {
  return writer(numberWriters, locale, digits, () => ({ maximumFractionDigits: digits })).write(
    value,
  );
}

export function formatPct(fraction: number, digits = 0, locale = 'en-GB'): string {
  return `${formatNumber(fraction * 100, digits, locale)} %`;
}
