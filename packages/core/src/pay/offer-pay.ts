import type { Offer, Workspace } from '../workspace/document';
import {
  type CostOfLivingUse,
  costOfLivingFactor,
  exchangeRate,
  type RateUse,
} from '../workspace/rates';
import { type PayProjection, projectPay, scaleProjection } from './compensation';

export interface OfferPay {
  fxRate: number;
  /** Which exchange rate was used and where it came from. */
  fx: RateUse;
  payInOfferCurrency: PayProjection;
  /** Home currency at market exchange rates. */
  pay: PayProjection;
  costOfLivingFactor: number | null;
  costOfLiving: CostOfLivingUse | null;
  payCostOfLiving: PayProjection | null;
}

/** An offer's pay in its own currency, in the home currency, and restated for the cost of living. */
export function offerPay(workspace: Workspace, offer: Offer): OfferPay {
  const home = workspace.profile.homeCurrency;
  const fx = exchangeRate(workspace, offer.currency);
  if (!fx) throw new Error(`no exchange rate for ${offer.currency}; validate the workspace first`);
  const payInOfferCurrency = projectPay(offer.pay, offer.currency);
  const pay = scaleProjection(payInOfferCurrency, fx.rate, home);
  const costOfLiving = costOfLivingFactor(workspace, offer.location) ?? null;
  const factor = costOfLiving?.factor ?? null;
  const payCostOfLiving = factor === null ? null : scaleProjection(pay, factor, home);
  return {
    fxRate: fx.rate,
    fx,
    payInOfferCurrency,
    pay,
    costOfLivingFactor: factor,
    costOfLiving,
    payCostOfLiving,
  };
}
