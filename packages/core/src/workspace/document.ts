import * as z from 'zod';
import {
  figurePaths,
  historyEventTypes,
  maxAmount,
  noticeEndRules,
  offerStatuses,
  priorityMeasures,
  workspaceLimits,
} from './vocabulary';

/**
 * The workspace document: one person's decision context (profile, priorities, offers, history).
 * This schema is the single source of truth for files, the API and the web app; its JSON Schema
 * is published at docs/workspace.schema.json.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes (e.g. "acme")');
// ISO 4217 codes as the runtime's Intl knows them (Node and every current browser), so a typo
// such as "EUD" is refused instead of being shown as an unknown symbol.
const currencies = new Set(Intl.supportedValuesOf('currency'));
const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'use a three-letter ISO code such as "EUR"')
  // A code the pattern already refused gets that one issue, not a second.
  .refine(
    (code) => !/^[A-Z]{3}$/.test(code) || currencies.has(code),
    'not an ISO 4217 currency; use a code such as "EUR"',
  );
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use a two-letter ISO code such as "DE"');
const amount = z.number().finite().nonnegative().max(maxAmount);
/** Values on a priority's own scale (commute minutes, square metres): the same sane bound. */
const measure = z.number().finite().min(-maxAmount).max(maxAmount);
const percent = z.number().finite().min(0).max(100);
// Years outside this range are typing slips (0000, 20266) that dates, databases and calendars
// would each handle differently.
const saneYear = (text: string) => {
  if (!/^\d{4}-/.test(text)) return true; // not a date at all: the format check says so
  const year = Number(text.slice(0, 4));
  return year >= 1900 && year <= 2199;
};
const yearMessage = 'expected a year from 1900 to 2199';
const isoDate = z.iso.date().refine(saneYear, yearMessage);
const instant = z.iso.datetime({ offset: true }).refine(saneYear, yearMessage);
// Building a DateTimeFormat is the only reliable test (it knows every alias), and it is slow: a
// workspace names the same few zones many times. Only valid names are kept, so the set stays as
// small as the time zone database however many bad names a server is sent.
const knownTimeZones = new Set<string>();
const isTimeZone = (name: string) => {
  if (knownTimeZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    return false;
  }
  knownTimeZones.add(name);
  return true;
};
/** Where a figure came from, so reports can show what is in writing. */
export const sourceSchema = z.enum(['written', 'verbal', 'estimate']);

export const locationSchema = z.strictObject({
  country: countryCode,
  city: z.string().min(1).optional(),
  region: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'use an ISO 3166-2 code such as "US-NY" or "GB-SCT"')
    .optional()
    .describe('State or nation for tax, ISO 3166-2, e.g. US-CA, GB-SCT, DE-BY'),
});

const noticeEndsOn = z
  .enum(noticeEndRules)
  .optional()
  .describe('Day the notice may end on: any day (default), the 15th or month-end, or month-end');

export const noticePeriodSchema = z.union([
  z.strictObject({ weeks: z.number().int().min(0).max(104), endsOn: noticeEndsOn }),
  z.strictObject({ months: z.number().int().min(0).max(24), endsOn: noticeEndsOn }),
  z.strictObject({ until: isoDate }),
]);

export const profileSchema = z.strictObject({
  name: z.string().min(1).optional(),
  homeCurrency: currencyCode,
  homeLocation: locationSchema,
  timeZone: z
    .string()
    .min(1)
    .refine(
      (name) => name === '' || isTimeZone(name),
      'not an IANA time zone; use a name such as "Europe/Berlin"',
    )
    .optional()
    .describe('IANA zone, e.g. Europe/Berlin'),
  noticePeriod: noticePeriodSchema.optional(),
  savingsMonths: z.number().min(0).max(1200).optional(),
  holidays: z
    .array(isoDate)
    .max(workspaceLimits.events)
    .optional()
    .describe('Public holidays in your zone, skipped when counting business days'),
  moveLeadWeeks: z
    .number()
    .min(0)
    .max(52)
    .optional()
    .describe('Weeks between your last working day and a possible first day (default 2)'),
  filingStatus: z
    .enum(['single', 'married-joint'])
    .optional()
    .describe('For tax estimates: single (default) or married filing jointly / splitting'),
  churchTax: z.boolean().optional().describe('Germany: you pay church tax'),
  currentPay: z
    .strictObject({
      base: amount.describe('Your current gross salary a year'),
      bonus: amount.optional().describe('Your current yearly bonus, gross'),
      currency: currencyCode.optional().describe('Defaults to your home currency'),
    })
    .optional()
    .describe('Your pay today, gross, to work out each offer’s net raise'),
  household: z
    .strictObject({
      partner: z.boolean().optional(),
      partnerNeedsWork: z.boolean().optional(),
      children: z.number().int().min(0).max(30).optional(),
    })
    .optional(),
});

export const ratesSchema = z.strictObject({
  asOf: isoDate,
  source: z.string().optional(),
  fx: z
    .record(currencyCode, z.number().positive().min(1e-9).max(1e9))
    .default({})
    .describe('Units of home currency for one unit of the named currency'),
  costOfLiving: z
    .record(z.string(), z.number().positive().max(1e6))
    .optional()
    .describe('Price index per place, keyed "DE-Berlin" or "DE"; higher = more expensive'),
});

const valuePoint = z.tuple([measure, z.number().min(0).max(1)]);

export const prioritySchema = z.strictObject({
  id,
  label: z.string().min(1),
  measure: z.enum(priorityMeasures),
  unit: z.string().optional(),
  worst: measure.optional(),
  best: measure.optional(),
  valueFunction: z
    .strictObject({ points: z.array(valuePoint).min(2).max(workspaceLimits.items) })
    .optional()
    .describe('Piecewise-linear value function through [raw value, value 0–1] points'),
  basis: z
    .enum(['fx', 'cost-of-living'])
    .optional()
    .describe('For pay measures: market exchange rate (default) or cost-of-living adjusted'),
  nonNegotiable: z
    .union([z.strictObject({ min: measure }), z.strictObject({ max: measure })])
    .optional(),
  negotiable: z.boolean().optional(),
  notes: z.string().optional(),
});

/** A pairwise judgment: a positive number, or a reciprocal written as "1/3" the way Saaty's scale reads. */
const pairwiseJudgment = z.union([
  z.number().finite().positive().max(1e6),
  z
    .string()
    .regex(/^\s*1\s*\/\s*[1-9]\d*(\.\d+)?\s*$/, 'write a number or a reciprocal such as "1/3"')
    .transform((text) => 1 / Number(text.split('/')[1])),
]);

export const weightingSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('rank') }),
  z.strictObject({
    method: z.literal('direct'),
    weights: z.record(z.string(), z.number().finite().nonnegative().max(1e6)),
  }),
  z.strictObject({
    method: z.literal('ahp'),
    matrix: z
      .array(z.array(pairwiseJudgment))
      .describe(
        'Pairwise judgments in priority order: matrix[i][j] = how many times more important priority i is than priority j (Saaty 1–9 scale; matrix[j][i] = 1 / matrix[i][j], diagonal 1)',
      ),
  }),
]);

const vestingFields = {
  schedulePct: z
    .array(percent)
    .min(1)
    .max(10)
    .describe('Share of the grant vesting in each year, e.g. [25, 25, 25, 25]'),
  cliffMonths: z.number().int().min(0).max(48).optional(),
  cadence: z.enum(['monthly', 'quarterly', 'semiannual', 'annual']).optional(),
  startYear: z.number().int().min(1).max(4).optional().describe('Year the grant starts vesting'),
  everyYear: z
    .boolean()
    .optional()
    .describe('A refresher: a new grant like this one each year from startYear, stacking'),
  discountPct: percent.optional().describe('Haircut for private-company or liquidity risk'),
  label: z.string().optional(),
  source: sourceSchema.optional(),
};

export const equityGrantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rsu'), grantValue: amount, ...vestingFields }),
  z.strictObject({
    kind: z.literal('option'),
    shares: amount,
    strike: amount,
    price: amount.describe('Estimated value of one common share'),
    ...vestingFields,
  }),
]);

export const retirementMatchSchema = z.union([
  amount,
  z.strictObject({
    matchPct: percent.describe('Employer pays this % of what you contribute'),
    upToPctOfPay: percent.describe('…on contributions up to this % of base pay'),
    contributionPct: percent.optional().describe('What you contribute; defaults to the cap'),
  }),
]);

export const paySchema = z.strictObject({
  base: amount,
  raisePct: z.number().finite().min(-50).max(100).optional(),
  bonus: z
    .union([
      z.strictObject({ targetPct: percent, source: sourceSchema.optional() }),
      z.strictObject({ amount, source: sourceSchema.optional() }),
    ])
    .optional(),
  signOn: z
    .array(
      z.strictObject({
        amount,
        paidInYear: z.number().int().min(1).max(4).optional(),
        clawbackMonths: z.number().int().min(0).max(60).optional(),
        clawback: z.enum(['pro-rata', 'full']).optional(),
        source: sourceSchema.optional(),
      }),
    )
    .max(workspaceLimits.items)
    .optional(),
  equity: z.array(equityGrantSchema).max(workspaceLimits.items).optional(),
  benefits: z
    .strictObject({
      retirementMatch: retirementMatchSchema.optional(),
      ptoDays: z.number().min(0).max(366).optional(),
      other: z
        .array(z.strictObject({ label: z.string().min(1), amount }))
        .max(workspaceLimits.items)
        .optional(),
    })
    .optional(),
  source: sourceSchema.optional(),
});

export const relocationSchema = z.strictObject({
  covered: z
    .strictObject({
      lumpSum: amount.optional(),
      temporaryHousingDays: z.number().int().min(0).max(3660).optional(),
      items: z.record(z.string(), amount).optional().describe('Other covered costs by name'),
    })
    .optional(),
  expectedCosts: z.record(z.string(), amount).optional(),
  repayment: z
    .strictObject({
      months: z.number().int().min(1).max(60),
      rule: z.enum(['pro-rata', 'full']).optional(),
    })
    .optional(),
  support: z
    .strictObject({
      schoolSearch: z.boolean().optional(),
      partnerJob: z.boolean().optional(),
      taxEqualisation: z.boolean().optional(),
    })
    .optional()
    .describe('Services the package includes (true) or explicitly excludes (false)'),
  temporaryHousingDaysNeeded: z.number().int().min(0).max(3660).optional(),
  lumpSumTaxPct: percent.optional().describe('Tax you expect to pay on the lump sum'),
  source: sourceSchema.optional(),
});

export const visaSchema = z.strictObject({
  required: z.boolean(),
  route: z.string().optional(),
  sponsorship: z.enum(['written', 'verbal', 'none']).optional(),
  processingWeeks: z.number().min(0).max(104).optional(),
});

export const contactSchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(['hiring-manager', 'recruiter', 'hr', 'other']),
  email: z.email().optional(),
  phone: z.string().optional(),
  rapport: z.enum(['low', 'medium', 'high']).optional(),
});

export const processSchema = z.strictObject({
  recruiterMediated: z.boolean().optional(),
  hrManaged: z.boolean().optional(),
  counterOfferWindowHours: z.number().min(24).max(72).optional(),
});

/**
 * New terms from the employer, attached to the offer with their own date and source. Each field
 * given replaces the offer's field of the same name (pay fields one by one).
 */
export const counterOfferSchema = z.strictObject({
  at: instant,
  source: sourceSchema,
  channel: z.enum(['phone', 'email', 'recruiter', 'in-person', 'video', 'message']).optional(),
  pay: paySchema.partial().optional(),
  numbers: z.record(z.string(), measure).optional(),
  ratings: z.record(z.string(), z.number().min(1).max(5)).optional(),
  startDate: isoDate.optional(),
  note: z.string().optional(),
});

export const historyEventSchema = z.strictObject({
  at: instant,
  type: z.enum(historyEventTypes),
  channel: z.enum(['phone', 'email', 'recruiter', 'in-person', 'video', 'message']).optional(),
  source: sourceSchema.optional(),
  note: z.string().optional(),
});

/** Where one figure came from; written figures name the document and its date. */
export const figureSourceSchema = z.strictObject({
  source: sourceSchema,
  document: z.string().min(1).optional().describe('The letter or e-mail the figure is written in'),
  on: isoDate.optional().describe('Date of that document, or of the call'),
  quote: z.string().optional().describe('The sentence the figure was read from'),
});

export const offerSchema = z.strictObject({
  id,
  company: z.string().min(1),
  role: z.string().min(1),
  location: locationSchema,
  workMode: z.enum(['onsite', 'hybrid', 'remote']).optional(),
  currency: currencyCode,
  status: z.enum(offerStatuses).optional(),
  receivedAt: instant.optional(),
  deadline: instant.optional(),
  startDate: isoDate.optional(),
  pay: paySchema,
  relocation: relocationSchema.optional(),
  tax: z
    .strictObject({
      effectiveRatePct: percent
        .optional()
        .describe('Your own effective rate of tax and contributions; replaces the estimate'),
      ruling30: z.boolean().optional().describe('Netherlands: the 30 % expat ruling applies'),
    })
    .optional(),
  visa: visaSchema.optional(),
  ratings: z.record(z.string(), z.number().min(1).max(5)).optional(),
  numbers: z.record(z.string(), measure).optional(),
  contacts: z.array(contactSchema).max(workspaceLimits.items).optional(),
  process: processSchema.optional(),
  history: z.array(historyEventSchema).max(workspaceLimits.events).optional(),
  counterOffers: z.array(counterOfferSchema).max(workspaceLimits.items).optional(),
  sources: z
    .partialRecord(z.enum(figurePaths), figureSourceSchema)
    .optional()
    .describe(
      'Where each figure came from, by path: written (with the document and its date), verbal or estimate',
    ),
  notes: z.string().optional(),
});

export const workspaceDocumentSchema = z.strictObject({
  version: z.literal(1),
  title: z.string().optional(),
  profile: profileSchema,
  rates: ratesSchema.optional(),
  priorities: z.array(prioritySchema).min(1).max(workspaceLimits.priorities),
  weighting: weightingSchema.optional(),
  offers: z.array(offerSchema).max(workspaceLimits.offers),
});

export type Workspace = z.output<typeof workspaceDocumentSchema>;
export type Offer = Workspace['offers'][number];
export type Priority = Workspace['priorities'][number];
export type Pay = Offer['pay'];
export type EquityGrant = NonNullable<Pay['equity']>[number];
export type Weighting = NonNullable<Workspace['weighting']>;
export type Rates = NonNullable<Workspace['rates']>;
export type Location = Offer['location'];
export type Profile = Workspace['profile'];
export type NoticePeriod = NonNullable<Profile['noticePeriod']>;
export type HistoryEvent = NonNullable<Offer['history']>[number];
export type CounterOffer = NonNullable<Offer['counterOffers']>[number];
