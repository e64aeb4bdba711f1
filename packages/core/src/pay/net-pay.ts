import type { Offer, Workspace } from '../workspace/document';
import { formatMoney } from '../workspace/format';
import type { PayProjection } from './compensation';
import { canEstimateTax, estimateTax, estimateWithOwnRate } from './tax/estimate';
import type { TaxEstimate, TaxLine, TaxSource } from './tax/types';
import { taxableByYear } from './taxable-income';

export interface NetYear {
  year: number;
  /** The year's pay total (as in the gross projection). */
  total: number;
  taxable: number;
  tax: number;
  net: number;
  effectiveRate: number;
  marginalRate: number;
  lines: TaxLine[];
}

export interface NetPayProjection {
  currency: string;
  basis: TaxEstimate['basis'] | 'tax-equalised';
  /** Where tax is estimated: the offer's place, or home for a tax-equalised assignment. */
  jurisdiction: { country: string; region: string | null };
  taxYear: string;
  years: NetYear[];
  total4y: number;
  avg4y: number;
  sources: TaxSource[];
  notes: string[];
  how: string[];
  disclaimer: string;
}

/** Rescales a net projection's money (currency change or cost of living); rates stay as they are. */
export function scaleNet(
  net: NetPayProjection,
  factor: number,
  currency: string,
): NetPayProjection {
  const scale = (n: number) => n * factor;
  return {
    ...net,
    currency,
    years: net.years.map((y) => ({
      ...y,
      total: scale(y.total),
      taxable: scale(y.taxable),
      tax: scale(y.tax),
      net: scale(y.net),
      lines: y.lines.map((l) => ({ ...l, amount: scale(l.amount) })),
    })),
    total4y: scale(net.total4y),
    avg4y: scale(net.avg4y),
  };
}

/**
 * Net pay by year in the offer's currency: each year's pay total less the estimated tax and
 * employee contributions on what is taxable that year. The user's own effective rate wins; a
 * tax-equalised assignment (relocation.support.taxEqualisation) is taxed as if at home, at
 * `homePerUnit` home currency per unit. Null when no estimate exists for the place and the
 * user gave no rate.
 */
export function offerNetPay(
  workspace: Workspace,
  offer: Offer,
  projection: PayProjection,
  homePerUnit: number,
): NetPayProjection | null {
  const profile = workspace.profile;
  const equalised = offer.relocation?.support?.taxEqualisation === true;
  const place = equalised ? profile.homeLocation : offer.location;
  const ownRate = offer.tax?.effectiveRatePct;
  if (ownRate === undefined && !canEstimateTax(place.country)) return null;
  const taxable = taxableByYear(offer.pay, projection);
  // Equalised: the hypothetical home tax is worked out in the home currency, then converted back.
  const toTaxCurrency = equalised ? homePerUnit : 1;
  const estimates = taxable.map((amount) => {
    const input = {
      country: place.country,
      region: place.region,
      city: place.city,
      gross: amount * toTaxCurrency,
      filingStatus: profile.filingStatus,
      churchTax: profile.churchTax,
      childless: !(profile.household?.children ?? 0),
      ruling30: offer.tax?.ruling30,
    };
    return ownRate !== undefined
      ? estimateWithOwnRate(input, ownRate, offer.currency, 'your rate')
      : (estimateTax(input) as TaxEstimate);
  });
  const years: NetYear[] = projection.years.map((y, i) => {
    const e = estimates[i] as TaxEstimate;
    const tax = e.total / toTaxCurrency;
    return {
      year: y.year,
      total: y.total,
      taxable: taxable[i] ?? 0,
      tax,
      net: y.total - tax,
      effectiveRate: e.effectiveRate,
      marginalRate: e.marginalRate,
      lines: e.lines.map((l) => ({ ...l, amount: l.amount / toTaxCurrency })),
    };
  });
  const total4y = years.reduce((sum, y) => sum + y.net, 0);
  const first = estimates[0] as TaxEstimate;
  const notes = [...new Set(estimates.flatMap((e) => e.notes))];
  if (offer.pay.equity?.some((g) => g.kind === 'option'))
    notes.push(
      'Options are not taxed here: tax falls when you exercise them, on the spread at that time.',
    );
  if (offer.pay.benefits?.retirementMatch !== undefined || offer.pay.benefits?.other?.length)
    notes.push('The employer’s retirement match and other benefits are counted untaxed.');
  const money = (n: number) => formatMoney(n, offer.currency);
  const y1 = years[0];
  const how = [
    equalised
      ? `Tax-equalised: tax is what you would pay at home (${place.country}${place.region ? `, ${place.region}` : ''}), so it is compared net to net.`
      : `Tax estimated for ${place.city ? `${place.city}, ` : ''}${place.region ?? place.country}, tax year ${first.taxYear}, as if each year of employment were that tax year.`,
    'Taxed in the year paid: salary, bonus, sign-on; RSUs as they vest, at grant value.',
  ];
  if (y1)
    how.push(
      `Year 1: ${money(y1.taxable)} taxable, ${money(y1.tax)} tax and contributions (effective ${(y1.effectiveRate * 100).toFixed(1)} %, marginal ${(y1.marginalRate * 100).toFixed(1)} %), net ${money(y1.net)}.`,
    );
  return {
    currency: offer.currency,
    basis: equalised ? 'tax-equalised' : first.basis,
    jurisdiction: { country: place.country, region: place.region ?? null },
    taxYear: first.taxYear,
    years,
    total4y,
    avg4y: total4y / Math.max(1, years.length),
    sources: first.sources,
    notes,
    how,
    disclaimer: first.disclaimer,
  };
}
