export const compare = {
  title: 'Step 2 — Compare side by side',
  intro:
    'Each cell shows the raw figure, its value from 0 to 1 on your scale, and what it adds to the score (value × weight). Move a weight to see the ranking change at once.',
  priority: 'Priority',
  weight: 'Weight',
  total: 'Score (of 1)',
  rank: 'Rank',
  rankOf: (rank: number) => `#${rank}`,
  screenedOut: 'Screened out',
  missing: 'no value yet',
  value: 'value',
  adds: 'adds',
  weightsHow:
    'Each priority’s weight slider sits in its row. Moving one switches to your own weights; scores update as you move, and the weights are saved when you pause.',
  weightNow: (pct: string) => `${pct} of the score`,
  priorityAndWeight: 'Priority and weight',
  scores: 'Scores',
  beyondScore: 'Beyond the score: money at risk, the move, counter-offers',
  explanation: 'Why this ranking',
  noOffers: 'Add at least one offer to compare.',
  howCell: 'How this is computed',
  caption: 'Offers as columns, priorities as rows',
  grossAndNet: 'Pay a year: gross → after tax',
  netDetail: (effectivePct: string, taxYear: string) =>
    `tax ${effectivePct} % in year 1 · estimate, not tax advice (tax year ${taxYear})`,
  noTaxEstimate: 'no tax estimate: add your own rate to the offer',
  tie: 'tie',
} as const;
