export const weighting = {
  pairwiseTitle: 'Compare your priorities two at a time',
  pairwiseIntro:
    'For each pair, say which matters more to you and by how much (Saaty’s 1–9 scale). The weights follow from all your answers together.',
  pairLabel: (first: string, second: string) => `${first} or ${second}?`,
  judgment: (first: string, second: string, value: number, key: string) =>
    value === 1
      ? 'Equally important'
      : value > 1
        ? `${first} matters ${key}× as much`
        : `${second} matters ${key.replace('1/', '')}× as much`,
  consistency: (cr: string) => `Consistency ratio ${cr}`,
  consistent: 'Your answers agree with each other well enough (Saaty’s rule: at most 0.10).',
  revisit: 'Revisit this pair first',
  tooFew: 'Pairwise comparisons need at least two priorities.',
  confirmTitle: (method: string) =>
    method === 'direct'
      ? 'Switch to your own weights?'
      : method === 'ahp'
        ? 'Switch to pairwise comparisons?'
        : 'Switch to weights by order?',
  confirmBody: (from: string, to: string) =>
    `${from === 'ahp' ? 'Your pairwise comparisons' : 'Your own weights'} will be replaced by ${
      to === 'direct'
        ? 'weights in percent, starting from the ones they give now'
        : to === 'ahp'
          ? 'comparisons that start at "equally important"'
          : 'weights from the order of your priorities'
    }. You can put them back afterwards.`,
  keep: (from: string) => (from === 'ahp' ? 'Keep pairwise comparisons' : 'Keep my weights'),
  confirm: 'Switch',
  close: 'Close',
  replaced: (method: string) =>
    method === 'ahp'
      ? 'Your pairwise comparisons were replaced.'
      : 'Your own weights were replaced.',
  restore: (method: string) =>
    method === 'ahp' ? 'Restore the pairwise comparisons' : 'Restore my weights',
} as const;
