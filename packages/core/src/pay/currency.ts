import type { Workspace } from '../workspace/document';
import { exchangeRate } from '../workspace/rates';

/** Units of home currency for one unit of the offer's currency: the user's rate, else the shipped one. */
export function fxRateFor(workspace: Workspace, currency: string): number {
  const use = exchangeRate(workspace, currency);
  if (!use) throw new Error(`no exchange rate for ${currency}; validate the workspace first`);
  return use.rate;
}
