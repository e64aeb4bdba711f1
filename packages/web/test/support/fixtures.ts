import type { Offer, Workspace } from '@offerwise/core';
import { instantInDays } from './e2e';

/**
 * Workspaces the end-to-end tests start from, built as the app itself would have written them
 * (the home page's starter document, then the steps' edits), so a test of step 3 does not have
 * to click through steps 1 and 2 first.
 */

/** What "Create workspace" stores for Ana in Germany (see starter-document.ts). */
export function starter(title = 'Berlin or Munich'): Workspace {
  return {
    version: 1,
    title,
    profile: {
      name: 'Ana',
      timeZone: 'UTC',
      homeCurrency: 'EUR',
      homeLocation: { country: 'DE' },
    },
    priorities: [
      {
        id: 'pay',
        label: 'Pay (4-year average)',
        measure: 'pay-avg-4y',
        worst: 40000,
        best: 150000,
      },
      { id: 'growth', label: 'Skills and growth', measure: 'rating' },
      { id: 'balance', label: 'Work–life balance', measure: 'rating' },
    ],
    weighting: { method: 'rank' },
    offers: [],
  };
}

/** Step 1 done: a commute of at most 45 minutes is a deal-breaker, ranked second. */
export function withCommute(title?: string): Workspace {
  const base = starter(title);
  const [pay, ...rest] = base.priorities;
  return {
    ...base,
    priorities: [
      ...(pay ? [pay] : []),
      {
        id: 'commute',
        label: 'Commute',
        measure: 'number',
        unit: 'min',
        worst: 90,
        best: 0,
        nonNegotiable: { max: 45 },
      },
      ...rest,
    ],
  };
}

function offer(
  id: string,
  company: string,
  role: string,
  base: number,
  commute: number,
  growth: number,
  deadlineDays: number,
): Offer {
  return {
    id,
    company,
    role,
    location: { country: 'DE' },
    currency: 'EUR',
    status: 'evaluating',
    deadline: instantInDays(deadlineDays),
    pay: { base, source: 'written' },
    ratings: { growth, balance: 3 },
    numbers: { commute },
  };
}

/** Offers entered: Acme fits, Globex pays more but its 70-minute commute breaks the deal. */
export function berlinOrMunich(title?: string): Workspace {
  return {
    ...withCommute(title),
    offers: [
      offer('acme', 'Acme', 'Staff Engineer', 98000, 35, 4, 9),
      offer('globex', 'Globex', 'Senior Engineer', 120000, 70, 5, 5),
    ],
  };
}
