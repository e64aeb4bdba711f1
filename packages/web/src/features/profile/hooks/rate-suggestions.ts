import {
  exchangeRate,
  fxSnapshot,
  type RateUse,
  shippedPriceLevel,
  type Workspace,
} from '@offerwise/core';

/** Each foreign currency the offers are paid in, with the rate an evaluation would use now. */
export function ratesInUse(workspace: Workspace): { currency: string; use: RateUse | undefined }[] {
  const home = workspace.profile.homeCurrency;
  const currencies = [...new Set(workspace.offers.map((o) => o.currency))].filter(
    (c) => c !== home && /^[A-Z]{3}$/.test(c),
  );
  return currencies.map((currency) => ({ currency, use: exchangeRate(workspace, currency) }));
}

/**
 * The shipped rate written into the user's own rates, to edit: five significant digits, dated
 * and sourced as the snapshot is, so the file says where the figure came from.
 */
export function withOwnRate(workspace: Workspace, currency: string, rate: number): Workspace {
  const rates = workspace.rates ?? { asOf: fxSnapshot.asOf, source: fxSnapshot.source, fx: {} };
  return {
    ...workspace,
    rates: { ...rates, fx: { ...rates.fx, [currency]: Number(rate.toPrecision(5)) } },
  };
}

/** Countries of home and offers with a shipped price level the user's rates do not have yet. */
export function priceLevelSuggestions(workspace: Workspace): { place: string; level: number }[] {
  const places = [
    workspace.profile.homeLocation.country,
    ...workspace.offers.map((o) => o.location.country),
  ];
  const own = workspace.rates?.costOfLiving ?? {};
  return [...new Set(places)]
    .filter((place) => own[place] === undefined)
    .flatMap((place) => {
      const level = shippedPriceLevel(place);
      return level === undefined ? [] : [{ place, level: Number(level.toFixed(1)) }];
    });
}
