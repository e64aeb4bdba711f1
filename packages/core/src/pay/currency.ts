import type { Workspace } from '../workspace/document';

/** Units of home currency for one unit of the offer's currency. */
export function fxRateFor(workspace: Workspace, currency: string): number {
  if (currency === workspace.profile.homeCurrency) return 1;
  const rate = workspace.rates?.fx[currency];
  if (rate === undefined)
    throw new Error(`no exchange rate for ${currency}; validate the workspace first`);
  return rate;
}
