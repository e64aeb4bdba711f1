import * as z from 'zod';

export const sourceSchema = z.object({ label: z.string(), url: z.url(), asOf: z.iso.date() });
export const bracketsSchema = z
  .array(z.tuple([z.number().min(0), z.number().min(0).max(1)]))
  .min(1);
export const byStatus = <T extends z.ZodType>(schema: T) =>
  z.object({ single: schema, 'married-joint': schema });
