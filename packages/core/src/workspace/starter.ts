import type { Workspace } from './document';

export interface StarterFields {
  title: string;
  name: string;
  homeCurrency: string;
  country: string;
  city: string;
  /** The browser's IANA zone, so deadlines read in the user's own time. */
  timeZone?: string;
}

/**
 * A new workspace with three common priorities and no offers yet, the one starting point for
 * the web's "from scratch" and `offerwise init`. The pay scale is a neutral starting point in the
 * home currency that the user adjusts in step 1.
 */
export function starterWorkspace(fields: StarterFields): Workspace {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    version: 1,
    ...(optional(fields.title) ? { title: fields.title.trim() } : {}),
    profile: {
      ...(optional(fields.name) ? { name: fields.name.trim() } : {}),
      ...(fields.timeZone ? { timeZone: fields.timeZone } : {}),
      homeCurrency: fields.homeCurrency.trim().toUpperCase(),
      homeLocation: {
        country: fields.country.trim().toUpperCase(),
        ...(optional(fields.city) ? { city: fields.city.trim() } : {}),
      },
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
