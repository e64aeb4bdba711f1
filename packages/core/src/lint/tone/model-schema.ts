import { z } from 'zod';
import { type ToneModel, toneFamilies } from './model';

// Checked in the tests and by `npm run lint-model`, not when core loads the model.
const familyModelSchema = z.object({
  /** A sentence is flagged when the weights of its features add up to at least this. */
  threshold: z.number(),
  /** Each word or word pair that speaks for the flaw, with its log-likelihood ratio. */
  weights: z.record(z.string(), z.number()),
});

export const toneModelSchema: z.ZodType<ToneModel> = z.object({
  /** How the model was made, for the docs: the sets and settings it was trained with. */
  trainedOn: z.array(z.string()),
  settings: z.object({
    minMessages: z.number(),
    minWeight: z.number(),
    threshold: z.number(),
    maxSentences: z.number(),
  }),
  languages: z.partialRecord(
    z.enum(['en', 'de']),
    z.partialRecord(z.enum(toneFamilies), familyModelSchema),
  ),
});
