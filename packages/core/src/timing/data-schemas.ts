import * as z from 'zod';
import { noticePeriodSchema } from '../workspace/document';

// The shape of the shipped timing defaults (data/*.json), checked by test/shipped-data.test.ts
// rather than when visa-routes.ts and notice.ts load.

export const visaRouteSchema = z.strictObject({
  route: z.string(),
  label: z.string(),
  country: z.string().length(2),
  weeks: z.number().min(0),
  maxWeeks: z.number().min(0),
  asOf: z.iso.date(),
  asOfBasis: z.enum(['source', 'gathered']),
  note: z.string(),
  sources: z.array(z.url()).min(1),
});
export type VisaRoute = z.infer<typeof visaRouteSchema>;

export const noticeConventionsSchema = z.object({
  countries: z.array(
    z.object({
      country: z.string().length(2),
      notice: noticePeriodSchema,
      text: z.string(),
      asOf: z.iso.date(),
      sources: z.array(z.url()).min(1),
    }),
  ),
});
