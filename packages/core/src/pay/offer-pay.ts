import type { Offer, Workspace } from '../workspace/document';
import {
  type CostOfLivingUse,
  costOfLivingFactor,
  exchangeRate,
  type RateUse,
} from '../workspace/rates';
import { type PayProjection, projectPay, scaleProjection } from './compensation';
import { type NetPayProjection, offerNetPay, scaleNet } from './net-pay';

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
  /** Pay after estimated tax and employee contributions, home currency; null without an estimate. */
  net: NetPayProjection | null;
  netInOfferCurrency: NetPayProjection | null;
  /** Net pay restated for the cost of living, when both that and a tax estimate exist. */
  netCostOfLiving: NetPayProjection | null;
}

/**
 * An offer's pay in its own currency, in the home currency, and restated for the cost of living.
 * `withNet: false` leaves out the tax estimate, the slow part, for a caller that scores no
 * after-tax measure and asks many times (break-even).
 */
export function offerPay(
  workspace: Workspace,
  offer: Offer,
  { withNet = true }: { withNet?: boolean } = {},
): OfferPay {
  const home = workspace.profile.homeCurrency;
  const fx = exchangeRate(workspace, offer.currency);
  if (!fx) throw new Error(`no exchange rate for ${offer.currency}; validate the workspace first`);
  const payInOfferCurrency = projectPay(offer.pay, offer.currency);
  const pay = scaleProjection(payInOfferCurrency, fx.rate, home);
  const costOfLiving = costOfLivingFactor(workspace, offer.location) ?? null;
  const factor = costOfLiving?.factor ?? null;
  const payCostOfLiving = factor === null ? null : scaleProjection(pay, factor, home);
  const netInOfferCurrency = withNet
    ? offerNetPay(workspace, offer, payInOfferCurrency, fx.rate)
    : null;
  const net = netInOfferCurrency && scaleNet(netInOfferCurrency, fx.rate, home);
  const netCostOfLiving = net && factor !== null ? scaleNet(net, factor, home) : null;
  return {
    fxRate: fx.rate,
    fx,
    payInOfferCurrency,
    pay,
    costOfLivingFactor: factor,
    costOfLiving,
    payCostOfLiving,
    net,
    netInOfferCurrency,
    netCostOfLiving,
  };
}
