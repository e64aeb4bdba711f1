import * as z from 'zod';

// The shape of the shipped tax tables (data/*.json). Checked by test/shipped-data.test.ts
// rather than when the engines load, so the browser gets the tables without zod; a bad edit of
// a table still fails the tests.

export const sourceSchema = z.object({ label: z.string(), url: z.url(), asOf: z.iso.date() });
export const bracketsSchema = z
  .array(z.tuple([z.number().min(0), z.number().min(0).max(1)]))
  .min(1);
export const byStatus = <T extends z.ZodType>(schema: T) =>
  z.object({ single: schema, 'married-joint': schema });

const countrySchema = z.object({
  name: z.string(),
  taxYear: z.string(),
  currency: z.string().length(3),
  source: sourceSchema,
  brackets: bracketsSchema,
  flatLevies: z.array(z.object({ label: z.string(), rate: z.number() })).optional(),
  credits: z
    .array(z.object({ label: z.string(), amount: z.number(), rate: z.number() }))
    .optional(),
  contributions: z
    .array(z.object({ label: z.string(), rate: z.number(), from: z.number(), to: z.number() }))
    .optional(),
  regions: z
    .record(
      z.string(),
      z.object({ name: z.string(), source: sourceSchema, brackets: bracketsSchema }),
    )
    .optional(),
  leftOut: z.string(),
});

export const approximationsSchema = z.object({ countries: z.record(z.string(), countrySchema) });

const capped = z.object({ rate: z.number(), ceiling: z.number() });
export const deTaxSchema = z.object({
  taxYear: z.string(),
  currency: z.literal('EUR'),
  tariff: z.object({
    source: sourceSchema,
    basicAllowance: z.number(),
    zone2End: z.number(),
    zone3End: z.number(),
    zone4End: z.number(),
    zone2: z.tuple([z.number(), z.number()]),
    zone3: z.tuple([z.number(), z.number(), z.number()]),
    zone4: z.tuple([z.number(), z.number()]),
    zone5: z.tuple([z.number(), z.number()]),
  }),
  allowances: z.object({
    source: sourceSchema,
    employeeLumpSum: z.number(),
    specialExpensesLumpSum: z.number(),
  }),
  solidaritySurcharge: z.object({
    source: sourceSchema,
    rate: z.number(),
    exemption: z.object({ single: z.number(), 'married-joint': z.number() }),
    phaseInRate: z.number(),
  }),
  churchTax: z.object({
    note: z.string(),
    rate: z.number(),
    rateByRegion: z.record(z.string(), z.number()),
  }),
  social: z.object({
    source: sourceSchema,
    pension: capped,
    unemployment: capped,
    health: capped.extend({ additionalRate: z.number() }),
    care: capped.extend({ childlessSurcharge: z.number() }),
    note: z.string(),
  }),
});

export const gbTaxSchema = z.object({
  taxYear: z.string(),
  currency: z.literal('GBP'),
  personalAllowance: z.number(),
  taper: z.object({ above: z.number(), reducePerPound: z.number() }),
  rUK: z.object({ source: sourceSchema, bands: bracketsSchema }),
  scotland: z.object({ source: sourceSchema, bands: bracketsSchema }),
  nationalInsurance: z.object({
    source: sourceSchema,
    primaryThreshold: z.number(),
    upperEarningsLimit: z.number(),
    mainRate: z.number(),
    upperRate: z.number(),
  }),
});

export const nlTaxSchema = z.object({
  taxYear: z.string(),
  currency: z.literal('EUR'),
  box1: z.object({ source: sourceSchema, brackets: bracketsSchema }),
  generalCredit: z.object({
    max: z.number(),
    phaseOutFrom: z.number(),
    phaseOutRate: z.number(),
  }),
  labourCredit: z.object({
    source: sourceSchema,
    steps: z.array(z.object({ from: z.number(), base: z.number(), rate: z.number() })),
  }),
  ruling30: z.object({
    source: sourceSchema,
    rate: z.number(),
    salaryNorm: z.number(),
    salaryNormYoungMasters: z.number(),
    baseCap: z.number(),
    note: z.string(),
  }),
  note: z.string(),
});

const stateSchema = z.object({
  name: z.string(),
  none: z.boolean().optional(),
  taxYear: z.string().optional(),
  source: sourceSchema.optional(),
  note: z.string().optional(),
  standardDeduction: byStatus(z.number()).optional(),
  exemption: byStatus(z.number()).optional(),
  fromFederalTaxable: z.boolean().optional(),
  brackets: byStatus(bracketsSchema).optional(),
  surtax: z.object({ label: z.string(), rate: z.number(), above: z.number() }).optional(),
  city: z
    .object({
      name: z.string(),
      matches: z.array(z.string()),
      source: sourceSchema,
      brackets: byStatus(bracketsSchema),
    })
    .optional(),
});

export const usTaxSchema = z.object({
  taxYear: z.string(),
  currency: z.literal('USD'),
  federal: z.object({
    source: sourceSchema,
    standardDeduction: byStatus(z.number()),
    brackets: byStatus(bracketsSchema),
  }),
  fica: z.object({
    source: sourceSchema,
    socialSecurityRate: z.number(),
    socialSecurityWageBase: z.number(),
    medicareRate: z.number(),
    additionalMedicareRate: z.number(),
    additionalMedicareThreshold: byStatus(z.number()),
  }),
  states: z.record(z.string(), stateSchema),
});

export type ApproximationsData = z.output<typeof approximationsSchema>;
export type DeTaxData = z.output<typeof deTaxSchema>;
export type GbTaxData = z.output<typeof gbTaxSchema>;
export type NlTaxData = z.output<typeof nlTaxSchema>;
export type UsTaxData = z.output<typeof usTaxSchema>;
