export const priorityDetails = {
  basis: 'Pay compared',
  bases: {
    fx: 'At the exchange rate',
    'cost-of-living': 'After cost of living',
  } as Record<string, string>,
  negotiable: 'Open to negotiation',
  curve: 'Value curve (optional): how much each value is worth to you, 0 to 1',
  pointN: (n: number) => `Point ${n}`,
  addPoint: 'Add a point',
  raw: 'Value',
  value: 'Worth (0–1)',
} as const;
