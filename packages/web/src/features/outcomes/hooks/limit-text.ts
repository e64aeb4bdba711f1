import { formatMoney, formatNumber, type Priority } from '@offerwise/core';
import { t } from '../../../i18n/outcomes';

/** A figure of this priority with its unit: money in the home currency, "4 / 5", "45 min". */
export function measureText(priority: Priority, value: number, homeCurrency: string): string {
  if (priority.measure.startsWith('pay-')) return formatMoney(value, homeCurrency);
  if (priority.measure === 'rating') return `${formatNumber(value)} / 5`;
  return priority.unit ? `${formatNumber(value)} ${priority.unit}` : formatNumber(value);
}

/** "at least €85,000", "at most 45 min": a deal-breaker's limit in words, with its unit. */
export function limitText(priority: Priority, homeCurrency: string): string | null {
  const limit = priority.nonNegotiable;
  if (!limit) return null;
  return 'min' in limit
    ? t.outcomes.atLeastValue(measureText(priority, limit.min, homeCurrency))
    : t.outcomes.atMostValue(measureText(priority, limit.max, homeCurrency));
}

/**
 * The limit a newly ticked non-negotiable starts from: the worst acceptable end of the
 * priority's own scale, in the direction the scale runs. A cost (worst above best, like a
 * commute from 60 to 0 minutes) gets "at most", so no better offer is screened out by default.
 */
export function defaultLimit(priority: Priority): { min: number } | { max: number } {
  const worst = priority.worst ?? (priority.measure === 'rating' ? 3 : 0);
  const best = priority.best;
  return best !== undefined && worst > best ? { max: worst } : { min: worst };
}
