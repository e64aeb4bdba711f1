import * as z from 'zod';
import { languages } from '../workspace/language';
import { channelSchema, reasonSchema, scenarioSchema, toneSchema } from './scenario-schemas';

/** One negotiation ask: what and the one number asked for, e.g. from the negotiation plan. */
export const draftAskSchema = z.strictObject({
  label: z.string().min(1).describe('What is asked for, e.g. "base salary"'),
  amount: z.number().finite().positive(),
  unit: z
    .string()
    .min(1)
    .optional()
    .describe('Omit for money in the offer currency; else e.g. "days"'),
});

export const draftInputSchema = z.strictObject({
  scenario: scenarioSchema,
  offerId: z.string().min(1),
  channel: channelSchema.default('email'),
  tone: toneSchema.default('warm'),
  reason: reasonSchema.default('none'),
  language: z.enum(languages).default('en'),
  /**
   * Business days asked for in an extension: 3–5 are almost always granted (DOMAIN.md §4.2).
   * Default: what the timeline proposes; never past the cap it computes from other deadlines.
   */
  days: z.number().int().min(1).max(15).optional(),
  asks: z.array(draftAskSchema).min(1).max(3).optional(),
  /** Which of the negotiation plan's pay asks to make; default: the one that moves the decision most. */
  planAsks: z
    .array(z.enum(['base', 'sign-on', 'equity']))
    .min(1)
    .max(3)
    .optional(),
  /** Changes the wording variants; defaults to the offer id and today's date. */
  seed: z.string().optional(),
});

export type DraftInput = z.input<typeof draftInputSchema>;
export type DraftAsk = z.output<typeof draftAskSchema>;
