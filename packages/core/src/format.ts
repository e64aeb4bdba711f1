/** Formatting shared by every surface, so the CLI, API and web show the same figures. */

// Building an Intl.NumberFormat costs far more than using one; evaluation formats hundreds of figures.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat('en-GB', options);
    formatters.set(key, cached);
  }
  return cached;
}

export function formatMoney(value: number, currency: string): string {
  return formatter(`money:${currency}`, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatNumber(value: number, digits = 2): string {
  return formatter(`number:${digits}`, { maximumFractionDigits: digits }).format(value);
}

export function formatPct(fraction: number, digits = 0): string {
  return `${formatNumber(fraction * 100, digits)} %`;
}
