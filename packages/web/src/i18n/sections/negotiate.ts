export const negotiate = {
  title: 'Step 4 — Plan the negotiation',
  intro:
    'How solid the ranking is if your weights were a little different, and what each offer would have to change to change your mind: a target to ask for and a walk-away point.',
  robustness: 'How solid is the choice',
  robustnessHow: (samples: string, description: string) =>
    `We tried ${samples} plausible weightings, ${description}, and counted how often each offer comes first.`,
  firstIn: (company: string, pct: string) => `${company} comes first in ${pct} of them`,
  acceptabilityLabel: (company: string) => `${company}: share of weightings where it comes first`,
  stability: 'How far each weight can move',
  stabilityHow: 'The current leader stays first while each weight stays within its range.',
  weightNow: 'now',
  range: 'leader holds',
  plan: 'What to ask for',
  planFor: 'Plan for',
  ask: 'Ask',
  asksLabel: (company: string) => `What to ask ${company} for`,
  current: 'Now',
  target: 'Target',
  walkAway: 'Walk-away',
  noAsks: 'No single change to this offer would change the decision.',
  needTwo: 'Add at least two offers to compare before planning a negotiation.',
} as const;
