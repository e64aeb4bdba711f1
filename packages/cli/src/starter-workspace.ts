import { type Offer, starterWorkspace, writeWorkspace } from '@offerwise/core';

const DAY_MS = 86_400_000;

const guide = `# Offerwise workspace — your priorities and your offers in one file.
# Check it any time with:  npx offerwise evaluate THIS_FILE
# Every field is described in docs/workspace.md.
#
# priorities: what success looks like, most important first (with weighting: rank, the order
#   sets the weights; or { method: direct, weights: { pay: 50, growth: 30, balance: 20 } }).
#   measure: pay-avg-4y | pay-year-1 (computed from pay) | rating (1–5) | number (with unit).
#   worst/best place a value on 0–1; nonNegotiable: { min: … } or { max: … } screens an offer out.
# offers: one entry per offer; pay.source says whether figures are written, verbal or an estimate.
# rates: exchange rates and price levels, with the date they are from, when an offer pays in
#   another currency; nothing is looked up online.
`;

/** The example offer `init` adds so the file evaluates at once; its deadline is a week ahead. */
function exampleOffer(now: Date): Offer {
  const deadlineDay = new Date(now.getTime() + 7 * DAY_MS).toISOString().slice(0, 10);
  return {
    id: 'first-offer',
    company: 'Example Company',
    role: 'Your role',
    location: { country: 'DE', city: 'Munich' },
    currency: 'EUR',
    deadline: `${deadlineDay}T16:00:00Z`,
    pay: {
      base: 80000,
      raisePct: 3,
      bonus: { targetPct: 10 },
      signOn: [{ amount: 5000, paidInYear: 1, clawbackMonths: 12 }],
      equity: [
        {
          kind: 'rsu',
          grantValue: 40000,
          schedulePct: [25, 25, 25, 25],
          cliffMonths: 12,
          cadence: 'quarterly',
        },
      ],
      benefits: { retirementMatch: 2000, ptoDays: 30 },
      source: 'written',
    },
    ratings: { growth: 4, balance: 3 },
    contacts: [
      {
        name: 'Hiring Manager',
        role: 'hiring-manager',
        email: 'manager@example.com',
        rapport: 'medium',
      },
    ],
  };
}

/** What `offerwise init` writes: core's starter workspace, one example offer, and a guide. */
export function starterFile(now: Date): string {
  const workspace = starterWorkspace({
    title: '',
    name: 'Your name',
    homeCurrency: 'EUR',
    country: 'DE',
    city: 'Berlin',
    timeZone: 'Europe/Berlin',
  });
  return guide + writeWorkspace({ ...workspace, offers: [exampleOffer(now)] }, 'yaml');
}
