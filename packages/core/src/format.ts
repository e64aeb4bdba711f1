/** Formatting shared by every surface, so the CLI, API and web show the same figures. */

export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(value);
}

export function formatNumber(value: number, digits = 2): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
}

export function formatPct(fraction: number, digits = 0): string {
  return `${formatNumber(fraction * 100, digits)} %`;
}
