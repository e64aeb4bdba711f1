import type { Offer, Workspace } from '../workspace/document';
import { costOfLivingIndex } from '../workspace/places';
import { type PayProjection, projectPay, scaleProjection } from './compensation';
import { fxRateFor } from './currency';

export interface OfferPay {
  fxRate: number;
  payInOfferCurrency: PayProjection;
  /** Home currency at market exchange rates. */
  pay: PayProjection;
  costOfLivingFactor: number | null;
  payCostOfLiving: PayProjection | null;
}

/** An offer's pay in its own currency, in the home currency, and restated for the cost of living. */
export function offerPay(
  workspace: Workspace,
  offer: Offer,
  homeIndex = costOfLivingIndex(workspace.rates?.costOfLiving, workspace.profile.homeLocation),
): OfferPay {
  const home = workspace.profile.homeCurrency;
  const fxRate = fxRateFor(workspace, offer.currency);
  const payInOfferCurrency = projectPay(offer.pay, offer.currency);
  const pay = scaleProjection(payInOfferCurrency, fxRate, home);
  const placeIndex = costOfLivingIndex(workspace.rates?.costOfLiving, offer.location);
  const costOfLivingFactor =
    homeIndex !== undefined && placeIndex !== undefined ? homeIndex / placeIndex : null;
  const payCostOfLiving =
    costOfLivingFactor === null ? null : scaleProjection(pay, costOfLivingFactor, home);
  return { fxRate, payInOfferCurrency, pay, costOfLivingFactor, payCostOfLiving };
}
