export const charts = {
  title: 'In pictures',
  payHow:
    'Pay at market exchange rates, before cost of living. A priority measured after cost of living restates it in what it buys at home, so its figure in the grid can be lower; “How this is computed” shows both.',
  payByYear: (currency: string) => `Pay by year, all offers (${currency})`,
  scoreParts: 'What makes up each score (value × weight per priority)',
  year: 'Year',
  yearN: (n: number) => `Year ${n}`,
  total: 'Total',
  asTable: 'Show the figures as a table',
  seeTable: (title: string) => `${title}. The figures are in the table below the chart.`,
} as const;
