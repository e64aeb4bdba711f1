/** What `offerwise init` writes: a valid workspace whose comments teach the format. */
export const starterWorkspace = `# Offerwise workspace — your priorities and your offers in one file.
# Check it any time with:  npx offerwise evaluate THIS_FILE
# Every field is described in docs/workspace.md.
version: 1

profile:
  name: Your name
  homeCurrency: EUR                  # every figure is also shown in this currency
  homeLocation: { country: DE, city: Berlin }
  timeZone: Europe/Berlin
  noticePeriod: { months: 3 }        # or { weeks: 4 } or { until: 2027-02-28 }
  savingsMonths: 4                   # how many months you could live without pay

# Exchange rates and price levels are yours to set; nothing is looked up online.
rates:
  asOf: 2026-11-01
  fx: { USD: 0.92 }                  # EUR for one USD
  costOfLiving: { DE-Berlin: 100, DE-Munich: 118 }

# What success looks like, most important first (the order sets the weights).
# measure: pay-avg-4y | pay-year-1 (computed from pay) | rating (1–5) | number (with unit).
# worst/best place a value on 0–1; nonNegotiable screens an offer out whatever its score.
priorities:
  - id: pay
    label: Pay (4-year average)
    measure: pay-avg-4y
    worst: 60000
    best: 120000
    nonNegotiable: { min: 65000 }
  - id: growth
    label: Skills and growth
    measure: rating
  - id: commute
    label: Commute each way
    measure: number
    unit: min
    worst: 90
    best: 0
    nonNegotiable: { max: 60 }

weighting: { method: rank }          # or { method: direct, weights: { pay: 50, growth: 30, commute: 20 } }

offers:
  - id: first-offer
    company: Example Company
    role: Your role
    location: { country: DE, city: Munich }
    currency: EUR
    deadline: 2026-12-04T17:00:00+01:00
    pay:
      base: 80000
      raisePct: 3                    # assumed yearly raise; 0 if you leave it out
      bonus: { targetPct: 10 }       # or { amount: 5000 }
      signOn: [{ amount: 5000, paidInYear: 1, clawbackMonths: 12 }]
      equity:
        - { kind: rsu, grantValue: 40000, schedulePct: [25, 25, 25, 25], cliffMonths: 12, cadence: quarterly }
      benefits: { retirementMatch: 2000, ptoDays: 30 }
      source: written                # written, verbal or estimate
    ratings: { growth: 4 }
    numbers: { commute: 35 }
    contacts:
      - { name: Hiring Manager, role: hiring-manager, email: manager@example.com, rapport: medium }
`;
