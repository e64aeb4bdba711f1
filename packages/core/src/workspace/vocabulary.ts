/**
 * The fixed lists and bounds the workspace document draws on. Kept apart from the schema
 * (document.ts) so a caller that only needs a list, such as a form's choices, does not load zod.
 */

/**
 * A trillion in any currency is beyond any pay package; the bound keeps every sum finite and
 * exact to the cent (1e308 would print as "€∞" and rank first).
 */
export const maxAmount = 1e12;

/** Caps on list lengths: far above any real decision, low enough that evaluation stays quick. */
export const workspaceLimits = { offers: 50, priorities: 30, events: 500, items: 50 } as const;

/** Some notice periods may only end on set days, e.g. German statutory notice (§622(1) BGB). */
export const noticeEndRules = ['any-day', '15th-or-month-end', 'month-end'] as const;

export const priorityMeasures = [
  'number',
  'rating',
  'pay-avg-4y',
  'pay-year-1',
  'pay-net-avg-4y',
  'pay-net-year-1',
] as const;

/** Whether a measure reads pay after tax, and so needs a tax estimate. */
export const isAfterTax = (measure: (typeof priorityMeasures)[number]): boolean =>
  measure.startsWith('pay-net-');

export const historyEventTypes = [
  'offer-received',
  'extension-requested',
  'extension-granted',
  'extension-refused',
  'counter-offer',
  'call',
  'message-sent',
  'signed',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'note',
] as const;

export const offerStatuses = [
  'received',
  'evaluating',
  'extension-requested',
  'negotiating',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
] as const;

/** Keys of `offers[].sources`: the figures whose origin can be recorded one by one. */
export const figurePaths = [
  'pay.base',
  'pay.bonus',
  'pay.signOn',
  'pay.equity',
  'pay.benefits',
  'relocation',
  'startDate',
  'deadline',
  'visa.sponsorship',
] as const;
