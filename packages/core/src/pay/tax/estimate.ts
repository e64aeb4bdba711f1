import { approximateTaxes, computeApproximation } from './approximations';
import { whole } from './brackets';
import { computeDe } from './de';
import { computeGb } from './gb';
import { computeNl } from './nl';
import type { TaxComputation, TaxEstimate, TaxInput } from './types';
import { computeUs } from './us';

const engines: Record<string, (input: TaxInput) => TaxComputation> = {
  US: computeUs,
  GB: computeGb,
  DE: computeDe,
  NL: computeNl,
};

/** Marginal rates are measured over this many units of income, which smooths tariff rounding. */
const MARGINAL_STEP = 100;

export function taxDisclaimer(taxYear: string): string {
  return `Estimate, not tax advice (tax year ${taxYear}).`;
}

function compute(input: TaxInput): TaxComputation | null {
  const engine = engines[input.country];
  return engine ? engine(input) : computeApproximation(input);
}

const sumLines = (c: TaxComputation) => c.lines.reduce((sum, line) => sum + line.amount, 0);

/** Whether Offerwise can estimate tax for a country (a full engine or a labelled approximation). */
export function canEstimateTax(country: string): boolean {
  return Object.hasOwn(engines, country) || Object.hasOwn(approximateTaxes, country);
}

/**
 * Income tax and employee social contributions on a year's employment income, with the
 * effective rate (total ÷ gross) and the marginal rate on the next 100 units. Null when the
 * country has neither an engine nor a sourced approximation: the user gives an effective rate.
 *
 * @example
 * estimateTax({ country: 'GB', region: 'GB-SCT', gross: 16000 })
 * //=> total 926.10 (tax £651.70, NI £274.40), net 15,073.90
 */
export function estimateTax(input: TaxInput): TaxEstimate | null {
  const key = [
    input.country,
    input.region,
    input.city,
    input.gross,
    input.filingStatus,
    input.churchTax,
    input.childless,
    input.ruling30,
  ].join('|');
  const known = memo.get(key);
  if (known !== undefined) return known;
  const estimate = computeEstimate(input);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(key, estimate);
  return estimate;
}

/**
 * The web re-evaluates on every slider move with the same pay, so the same few dozen estimates
 * recur; remembering the latest ones took an evaluation of 10 offers from about 3.2 to 1.7 ms
 * of CPU. Estimates are pure, so a cached one is the same answer; callers must not mutate it.
 */
const MEMO_SIZE = 512;
const memo = new Map<string, TaxEstimate | null>();

function computeEstimate(input: TaxInput): TaxEstimate | null {
  const gross = Math.max(0, input.gross);
  const result = compute({ ...input, gross });
  if (!result) return null;
  const next = compute({ ...input, gross: gross + MARGINAL_STEP });
  const total = sumLines(result);
  const marginal = next ? (sumLines(next) - total) / MARGINAL_STEP : 0;
  return {
    ...result,
    country: input.country,
    region: input.region ?? null,
    gross,
    total,
    net: gross - total,
    effectiveRate: gross > 0 ? total / gross : 0,
    marginalRate: marginal,
    disclaimer: taxDisclaimer(result.taxYear),
  };
}

/** The user's own effective rate, applied flat: the override that always wins. */
export function estimateWithOwnRate(
  input: Pick<TaxInput, 'country' | 'region' | 'gross'>,
  ratePct: number,
  currency: string,
  taxYear: string,
): TaxEstimate {
  const gross = Math.max(0, input.gross);
  const rate = ratePct / 100;
  return {
    country: input.country,
    region: input.region ?? null,
    taxYear,
    currency,
    basis: 'own-rate',
    gross,
    lines: [
      {
        label: 'Tax and contributions (your rate)',
        kind: 'income-tax',
        amount: gross * rate,
        how: `Your effective rate of ${ratePct} % on ${whole(gross)} ${currency}.`,
      },
    ],
    total: gross * rate,
    net: gross * (1 - rate),
    effectiveRate: rate,
    marginalRate: rate,
    sources: [],
    notes: ['Your own effective rate, used instead of an estimate.'],
    disclaimer: taxDisclaimer(taxYear),
  };
}
