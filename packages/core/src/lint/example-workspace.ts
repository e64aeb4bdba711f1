import type { Workspace } from '../workspace/document';

/**
 * The workspace the rule docs and the corpus refer to: Ana holds a Munich offer (Jonas Weber) and a
 * London one (Grace Adeyemi, via the recruiter Oliver Hughes). Figures match examples/international-move.yaml.
 */
export const lintExampleWorkspace: Workspace = {
  version: 1,
  profile: { name: 'Ana', homeCurrency: 'EUR', homeLocation: { country: 'DE', city: 'Berlin' } },
  priorities: [{ id: 'pay', label: 'Pay', measure: 'pay-avg-4y' }],
  offers: [
    {
      id: 'alpenwerk',
      company: 'Alpenwerk Mobility AG',
      role: 'Principal Engineer',
      location: { country: 'DE', city: 'Munich' },
      currency: 'EUR',
      deadline: '2026-11-27T17:00:00+01:00',
      startDate: '2027-03-01',
      pay: { base: 98000, bonus: { targetPct: 10 }, signOn: [{ amount: 10000 }] },
      contacts: [{ name: 'Jonas Weber', role: 'hiring-manager', rapport: 'high' }],
    },
    {
      id: 'thamesbank',
      company: 'Thames Digital Bank',
      role: 'Staff Engineer, Payments',
      location: { country: 'GB', city: 'London' },
      currency: 'GBP',
      deadline: '2026-12-01T17:00:00+00:00',
      startDate: '2027-02-15',
      pay: {
        base: 92000,
        bonus: { targetPct: 15 },
        signOn: [{ amount: 15000 }],
        equity: [{ kind: 'rsu', grantValue: 80000, schedulePct: [33, 33, 22, 12] }],
      },
      contacts: [
        { name: 'Oliver Hughes', role: 'recruiter', rapport: 'medium' },
        { name: 'Grace Adeyemi', role: 'hiring-manager', rapport: 'high' },
      ],
      process: { recruiterMediated: true },
    },
  ],
};
