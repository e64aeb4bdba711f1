import * as z from 'zod';

// The shape of the shipped rate snapshots (data/*.json), checked by test/shipped-data.test.ts
// and by `npm run data` before it writes a file, not when rates.ts loads.

const isoDate = z.iso.date();
const snapshotMeta = {
  source: z.string(),
  sourceUrl: z.url(),
  licence: z.string(),
  licenceUrl: z.url(),
  asOf: isoDate,
  gathered: isoDate,
  notes: z.array(z.string()),
};

/** The ECB reference rates file (data/ecb-reference-rates.json). */
export const fxSnapshotSchema = z.object({
  ...snapshotMeta,
  base: z.literal('EUR'),
  perEuro: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});

/** The World Bank purchasing-power parities file (data/price-levels.json). */
export const priceLevelSnapshotSchema = z.object({
  ...snapshotMeta,
  series: z.string(),
  dataYear: z.number().int(),
  entries: z.array(
    z.object({
      country: z.string().length(2),
      currency: z.string().length(3),
      ppp: z.number().positive(),
      year: z.number().int(),
    }),
  ),
});

export type FxSnapshot = z.output<typeof fxSnapshotSchema>;
export type PriceLevelSnapshot = z.output<typeof priceLevelSnapshotSchema>;
