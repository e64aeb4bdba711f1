import type { Offer, Workspace } from '../workspace/document';
import { formatMoney } from '../workspace/format';
import { exchangeRate } from '../workspace/rates';
import type { OfferPay } from './offer-pay';
import { relocationNet, repaymentRisks } from './repayment';
import { estimateTax } from './tax/estimate';

/** UK: the first £8,000 of qualifying removal expenses is exempt; a cash lump sum does not qualify. */
const UK_QUALIFYING_EXEMPTION = 8000;

export interface RaiseVsMove {
  /** Current pay after tax a year, home currency; null without profile.currentPay or an estimate. */
  currentNet: number | null;
  /** Year-one net pay of the offer minus current net pay, home currency. */
  netRaiseYear1: number | null;
  /** What the move costs you in year one after the package and the tax on it, home currency (negative: it pays you). */
  moveCostNet: number;
  /** Tax on the relocation package included in moveCostNet, home currency. */
  packageTax: number;
  /** Sign-on and relocation money repayable if you left on day one, home currency. */
  repaymentAtRisk: number;
  /** Months of the net raise that pay the move back: 0 when the package covers it; null without a raise. */
  paybackMonths: number | null;
  how: string[];
}

/**
 * The raise set against the move (shared/DOMAIN.md §2.3): net raise over current pay, the
 * move's net first-year cost after the relocation package and the tax on it (US: all of it
 * taxable; UK: the lump sum and in-kind cover above £8,000; elsewhere the lump sum, assumed),
 * the repayment at risk, and how many months of the raise pay the move back.
 */
export function raiseVsMove(workspace: Workspace, offer: Offer, views: OfferPay): RaiseVsMove {
  const home = workspace.profile.homeCurrency;
  const money = (n: number) => formatMoney(n, home);
  const fx = views.fxRate;
  const how: string[] = [];

  const current = workspace.profile.currentPay;
  let currentNet: number | null = null;
  if (current) {
    const currency = current.currency ?? home;
    const rate = exchangeRate(workspace, currency)?.rate;
    const gross = current.base + (current.bonus ?? 0);
    const place = workspace.profile.homeLocation;
    const estimate = estimateTax({
      country: place.country,
      region: place.region,
      city: place.city,
      gross,
      filingStatus: workspace.profile.filingStatus,
      churchTax: workspace.profile.churchTax,
      childless: !(workspace.profile.household?.children ?? 0),
    });
    if (estimate && rate !== undefined) {
      currentNet = estimate.net * rate;
      how.push(
        `Today: ${formatMoney(gross, currency)} gross, ${money(currentNet)} after an estimated ${formatMoney(estimate.total, currency)} of tax and contributions (${place.region ?? place.country}).`,
      );
    } else {
      how.push(
        `No tax estimate or exchange rate for your current pay (${place.country}, ${currency}), so no net raise.`,
      );
    }
  } else {
    how.push('Add profile.currentPay to see the net raise and how fast it pays the move back.');
  }
  const offerNetYear1 = views.net?.years[0]?.net ?? null;
  const netRaiseYear1 =
    currentNet !== null && offerNetYear1 !== null ? offerNetYear1 - currentNet : null;
  if (netRaiseYear1 !== null)
    how.push(
      `Net raise in year 1: ${money(offerNetYear1 ?? 0)} − ${money(currentNet ?? 0)} = ${money(netRaiseYear1)}.`,
    );

  const reloc = relocationNet(offer);
  const lumpSum = offer.relocation?.covered?.lumpSum ?? 0;
  const items = reloc.covered - lumpSum;
  const country = offer.location.country;
  const taxedCover =
    country === 'US'
      ? reloc.covered
      : country === 'GB'
        ? lumpSum + Math.max(0, items - UK_QUALIFYING_EXEMPTION)
        : lumpSum;
  const ownPct = offer.relocation?.lumpSumTaxPct;
  const rate =
    ownPct !== undefined ? ownPct / 100 : (views.netInOfferCurrency?.years[0]?.marginalRate ?? 0);
  const packageTax = taxedCover * rate * fx;
  const moveCostNet = reloc.expected * fx - reloc.covered * fx + packageTax;
  if (reloc.covered || reloc.expected)
    how.push(
      `Move: ${money(reloc.expected * fx)} of expected costs − ${money(reloc.covered * fx)} covered + ${money(packageTax)} tax on ${money(taxedCover * fx)} of taxable cover at ${(rate * 100).toFixed(1)} %${ownPct !== undefined ? ' (your rate)' : ' (the marginal rate)'} = ${money(moveCostNet)}.`,
    );

  const repaymentAtRisk = repaymentRisks(offer).reduce((sum, r) => sum + r.amount * fx, 0);
  if (repaymentAtRisk > 0)
    how.push(
      `${money(repaymentAtRisk)} is repayable if you leave early (sign-on and relocation clauses).`,
    );

  const paybackMonths =
    moveCostNet <= 0
      ? 0
      : netRaiseYear1 !== null && netRaiseYear1 > 0
        ? moveCostNet / (netRaiseYear1 / 12)
        : null;
  if (paybackMonths !== null && moveCostNet > 0)
    how.push(`${paybackMonths.toFixed(1)} months of the net raise pay the move back.`);
  else if (moveCostNet > 0 && netRaiseYear1 !== null)
    how.push('With no net raise, the move is never paid back by pay alone.');
  return {
    currentNet,
    netRaiseYear1,
    moveCostNet,
    packageTax,
    repaymentAtRisk,
    paybackMonths,
    how,
  };
}
