import { addMonths } from 'date-fns';
import ecbData from './data/ecb-reference-rates.json';
import priceLevelData from './data/price-levels.json';
import type { Workspace } from './document';
import { costOfLivingIndex } from './places';
import type { FxSnapshot, PriceLevelSnapshot } from './snapshot-schemas';

// Checked against their schemas (snapshot-schemas.ts) by test/shipped-data.test.ts and by
// `npm run data` before it writes them, not when the module loads: the browser gets the
// figures without zod.
/** The ECB reference rates shipped with Offerwise. */
export const fxSnapshot = ecbData as FxSnapshot;
/** World Bank purchasing-power parities shipped with Offerwise. */
export const priceLevelSnapshot = priceLevelData as PriceLevelSnapshot;

const pppByCountry = new Map(priceLevelSnapshot.entries.map((e) => [e.country, e]));

function perEuro(currency: string): number | undefined {
  return currency === 'EUR' ? 1 : fxSnapshot.perEuro[currency];
}

/**
 * Units of `to` for one unit of `from` at the shipped ECB rates, crossed through the euro:
 * GBP→USD = (USD per EUR) ÷ (GBP per EUR). Undefined when the ECB publishes no rate for either.
 */
export function shippedFxRate(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const fromPerEuro = perEuro(from);
  const toPerEuro = perEuro(to);
  return fromPerEuro === undefined || toPerEuro === undefined ? undefined : toPerEuro / fromPerEuro;
}

/**
 * A country's price level, United States = 100: its PPP (local units per international dollar)
 * over its market rate to the dollar. Using the shipped FX for the market rate makes a
 * cost-of-living restatement equal pay ÷ PPP there × PPP at home, whatever the exchange rate.
 */
export function shippedPriceLevel(country: string): number | undefined {
  const entry = pppByCountry.get(country);
  if (!entry) return undefined;
  const unitsPerDollar = shippedFxRate('USD', entry.currency);
  return unitsPerDollar === undefined ? undefined : (entry.ppp / unitsPerDollar) * 100;
}

export interface RateUse {
  /** The offer's currency; `rate` is units of home currency for one unit of it. */
  currency: string;
  /** The home currency the rate converts into. */
  home: string;
  rate: number;
  basis: 'same' | 'user' | 'shipped';
  asOf: string | null;
  source: string;
  /** "1 GBP = 1.1573 EUR (ECB euro reference rate, as of 2026-05-08, shipped with Offerwise)". */
  text: string;
}

const SHIPPED_FX_SOURCE = 'ECB euro reference rate';

/** The exchange rate an evaluation uses: the user's own always wins, then the shipped snapshot. */
export function exchangeRate(workspace: Workspace, currency: string): RateUse | undefined {
  const home = workspace.profile.homeCurrency;
  const fmt = (rate: number) => `1 ${currency} = ${Number(rate.toPrecision(5))} ${home}`;
  if (currency === home)
    return {
      currency,
      home,
      rate: 1,
      basis: 'same',
      asOf: null,
      source: '',
      text: `${home} is your home currency.`,
    };
  const own = workspace.rates?.fx[currency];
  if (own !== undefined) {
    const asOf = workspace.rates?.asOf ?? null;
    const source = workspace.rates?.source ?? 'your rates';
    return {
      currency,
      home,
      rate: own,
      basis: 'user',
      asOf,
      source,
      text: `${fmt(own)} (your rate${asOf ? `, as of ${asOf}` : ''}).`,
    };
  }
  const shipped = shippedFxRate(currency, home);
  if (shipped === undefined) return undefined;
  return {
    currency,
    home,
    rate: shipped,
    basis: 'shipped',
    asOf: fxSnapshot.asOf,
    source: SHIPPED_FX_SOURCE,
    text: `${fmt(shipped)} (${SHIPPED_FX_SOURCE}, as of ${fxSnapshot.asOf}, shipped with Offerwise; add rates.fx.${currency} to use your own).`,
  };
}

export interface CostOfLivingUse {
  /** Multiply home-currency pay at the place by this to get what it buys at home. */
  factor: number;
  basis: 'user' | 'shipped';
  homeIndex: number;
  placeIndex: number;
  asOf: string | null;
  source: string;
  text: string;
}

/**
 * The cost-of-living factor home ÷ place. Both indexes come from one table, never one from
 * each, because the user's scale (Berlin = 100) and the shipped one (US = 100) do not mix:
 * the user's table when it has both places, else the shipped price levels when both
 * countries have one.
 */
export function costOfLivingFactor(
  workspace: Workspace,
  location: { country: string; city?: string | undefined },
): CostOfLivingUse | undefined {
  const home = workspace.profile.homeLocation;
  const where = location.city ?? location.country;
  const table = workspace.rates?.costOfLiving;
  const ownHome = costOfLivingIndex(table, home);
  const ownPlace = costOfLivingIndex(table, location);
  if (ownHome !== undefined && ownPlace !== undefined) {
    return {
      factor: ownHome / ownPlace,
      basis: 'user',
      homeIndex: ownHome,
      placeIndex: ownPlace,
      asOf: workspace.rates?.asOf ?? null,
      source: workspace.rates?.source ?? 'your price index',
      text: `your price index: home ${Number(ownHome.toPrecision(4))} ÷ ${where} ${Number(ownPlace.toPrecision(4))}`,
    };
  }
  const shippedHome = shippedPriceLevel(home.country);
  const shippedPlace = shippedPriceLevel(location.country);
  if (shippedHome === undefined || shippedPlace === undefined) return undefined;
  return {
    factor: shippedHome / shippedPlace,
    basis: 'shipped',
    homeIndex: shippedHome,
    placeIndex: shippedPlace,
    asOf: priceLevelSnapshot.asOf,
    source: 'World Bank PPP',
    text: `World Bank PPP ${priceLevelSnapshot.dataYear} price levels (US = 100): ${home.country} ${shippedHome.toFixed(1)} ÷ ${location.country} ${shippedPlace.toFixed(1)}, country-wide, as of ${priceLevelSnapshot.asOf}, shipped with Offerwise`,
  };
}

const STALE_AFTER_MONTHS = 12;

/**
 * Warnings for shipped snapshots more than 12 months older than `now`, but only for the ones
 * this workspace actually relies on.
 */
export function shippedRateWarnings(
  now: Date,
  used: { fx: boolean; priceLevels: boolean },
): string[] {
  const warnings: string[] = [];
  const stale = (asOf: string) =>
    addMonths(new Date(`${asOf}T00:00:00Z`), STALE_AFTER_MONTHS) < now;
  if (used.fx && stale(fxSnapshot.asOf))
    warnings.push(
      `The shipped exchange rates are from ${fxSnapshot.asOf}, more than ${STALE_AFTER_MONTHS} months ago: add today's rates under rates.fx (home currency per unit).`,
    );
  if (used.priceLevels && stale(priceLevelSnapshot.asOf))
    warnings.push(
      `The shipped price levels were published on ${priceLevelSnapshot.asOf}, more than ${STALE_AFTER_MONTHS} months ago: add your own index under rates.costOfLiving.`,
    );
  return warnings;
}
