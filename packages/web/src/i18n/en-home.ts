/**
 * The words of the first page: the app's frame and the home page. Kept apart from the steps'
 * words (en.ts) so the first page loads only these; `en` includes them.
 */
export const enHome = {
  app: {
    name: 'Offerwise',
    skipToContent: 'Skip to content',
    colorScheme: { toDark: 'Switch to dark mode', toLight: 'Switch to light mode' },
    loading: 'Loading…',
    notFound: 'There is nothing at this address.',
    notFoundTitle: 'Page not found',
    noWorkspace:
      'There is no workspace at this address. It may have been deleted, or the link is incomplete.',
    backHome: 'Back to your workspaces',
    loadFailed: 'We could not load this. Check that Offerwise is running, then try again.',
    retry: 'Try again',
  },
  home: {
    title: 'Your workspaces',
    intro:
      'A workspace holds one decision: what matters to you, the offers you hold, and what you have said to whom.',
    empty: 'No workspaces yet. Start one below: from scratch, from an example, or from a file.',
    offers: (n: number) => (n === 1 ? '1 offer' : `${n} offers`),
    noOffers: 'No offers yet',
    nextDeadline: (when: string, company: string) => `Next deadline: ${when} (${company})`,
    noDeadline: 'No open deadline',
    untitled: 'Untitled workspace',
    status: {
      received: 'Received',
      evaluating: 'Evaluating',
      'extension-requested': 'Extension asked',
      negotiating: 'Negotiating',
      accepted: 'Accepted',
      declined: 'Declined',
      withdrawn: 'Withdrawn',
      expired: 'Expired',
    } as Record<string, string>,
    create: {
      title: 'Start a workspace',
      scratch: 'From scratch',
      example: 'From an example',
      file: 'From a file',
      name: 'Name of this decision',
      namePlaceholder: 'e.g. Berlin or Munich',
      yourName: 'Your first name (used in drafts)',
      homeCurrency: 'Home currency',
      homeCurrencyHint: 'Three letters, e.g. EUR. Every figure is also shown in it.',
      country: 'Country you live in',
      countryHint: 'Two letters, e.g. DE',
      city: 'City',
      submit: 'Create workspace',
      pickExample: 'Pick an example',
      useExample: 'Use this example',
      examples: {
        'international-move': 'Moving abroad: Ana in Berlin weighs London against Munich',
        'pairwise-weights': 'Three offers, weighed by comparing priorities in pairs',
        'two-local-offers': 'Two offers in one city, one breaks a deal-breaker',
        'single-offer': 'One offer: accept, negotiate or decline',
      } as Record<string, string>,
      drop: 'Drop a workspace file here (YAML or JSON), or press to choose one',
      dropActive: 'Release to import',
      dropHint: 'Nothing is sent until the file passes every check.',
      fileIssues: (name: string, n: number) =>
        `${name} has ${n === 1 ? '1 problem' : `${n} problems`} to fix before it can be imported:`,
      failed: (message: string) => `That did not work: ${message}`,
    },
  },
} as const;
