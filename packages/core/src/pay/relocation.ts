import type { Offer, Workspace } from '../workspace/document';
import { formatMoney } from '../workspace/format';
import { fxRateFor } from './currency';
import { relocationNet, repaymentOwed, repaymentRisks } from './repayment';

/** The checklist every move is walked through; keys match relocation.covered.items and expectedCosts. */
export const relocationChecklistItems = [
  { key: 'flights', label: 'Flights' },
  { key: 'temporaryHousing', label: 'Temporary housing' },
  { key: 'shipping', label: 'Shipping your belongings' },
  { key: 'schoolSearch', label: 'School search' },
  { key: 'partnerJob', label: 'Partner job support' },
  { key: 'taxEqualisation', label: 'Tax equalisation' },
] as const;

export type ChecklistStatus = 'covered' | 'partly' | 'you-pay' | 'not-covered' | 'check';

export interface ChecklistLine {
  key: string;
  label: string;
  /** Home currency; null when the package covers it as a service or not at all. */
  covered: number | null;
  expected: number | null;
  status: ChecklistStatus;
  text: string;
}

export interface RelocationCheck {
  offerId: string;
  homeCurrency: string;
  lines: ChecklistLine[];
  /** Covered cash, expected costs and their difference (negative = the move costs you), home currency. */
  covered: number;
  expected: number;
  lumpSumTax: number;
  netFirstYear: number;
  /** Money the package pays that you would owe back if you left early. */
  atRisk: { untilMonth: number; amount: number; afterSixMonths: number; text: string }[];
  sponsorship: 'written' | 'verbal' | 'none' | 'not-needed';
  how: string[];
}

/**
 * The relocation checklist for an offer: what the package covers against what you expect to pay,
 * the net first-year cost in your home currency, and what you would repay by leaving early.
 * Builds on `relocationNet` and `repaymentRisks`, which the evaluation uses too.
 */
export function relocationCheck(workspace: Workspace, offer: Offer): RelocationCheck {
  const home = workspace.profile.homeCurrency;
  const fx = fxRateFor(workspace, offer.currency);
  const money = (n: number) => formatMoney(n, home);
  const reloc = offer.relocation;
  const coveredItems = reloc?.covered?.items ?? {};
  const expectedCosts = reloc?.expectedCosts ?? {};
  const household = workspace.profile.household;

  const listed = new Set<string>(relocationChecklistItems.map((item) => item.key));
  const others = [...new Set([...Object.keys(coveredItems), ...Object.keys(expectedCosts)])]
    .filter((key) => !listed.has(key))
    .map((key) => ({ key, label: key.charAt(0).toUpperCase() + key.slice(1) }));
  const lines: ChecklistLine[] = [...relocationChecklistItems, ...others].map(({ key, label }) => {
    const covered = coveredItems[key] !== undefined ? coveredItems[key] * fx : null;
    const expected = expectedCosts[key] !== undefined ? expectedCosts[key] * fx : null;
    // Services (school search, partner support, tax equalisation) are yes/no, not amounts.
    const service = (reloc?.support as Record<string, boolean | undefined> | undefined)?.[key];
    if (key === 'temporaryHousing') return housingLine(offer, expected, money);
    let status: ChecklistStatus;
    if (service === true || (covered !== null && (expected === null || covered >= expected)))
      status = 'covered';
    else if (covered !== null) status = 'partly';
    else if (expected !== null) status = 'you-pay';
    else if (service === false) status = 'not-covered';
    else status = 'check';
    const needed =
      (key === 'schoolSearch' && (household?.children ?? 0) > 0) ||
      (key === 'partnerJob' && household?.partnerNeedsWork === true);
    const text = {
      covered: `${label}: covered${covered !== null ? ` (${money(covered)})` : ''}.`,
      partly: `${label}: ${money(covered ?? 0)} covered of the ${money(expected ?? 0)} you expect; you pay ${money((expected ?? 0) - (covered ?? 0))}.`,
      'you-pay': `${label}: not in the package; you expect to pay ${money(expected ?? 0)}.`,
      'not-covered': `${label}: not offered.${needed ? ' Your household needs it: ask for it.' : ''}`,
      check: `${label}: not mentioned yet.${needed ? ' Your household needs it: ask whether it is included.' : ''}`,
    }[status];
    return { key, label, covered, expected, status, text };
  });

  const net = relocationNet(offer);
  const lumpSumTax = ((reloc?.covered?.lumpSum ?? 0) * (reloc?.lumpSumTaxPct ?? 0) * fx) / 100;
  const netFirstYear = net.net * fx - lumpSumTax;
  const atRisk = repaymentRisks(offer)
    .filter((risk) => risk.kind === 'relocation')
    .map((risk) => {
      const amount = risk.amount * fx;
      const afterSixMonths = repaymentOwed(amount, risk.untilMonth, risk.rule, 6);
      return {
        untilMonth: risk.untilMonth,
        amount,
        afterSixMonths,
        text: `At risk if you leave before month ${risk.untilMonth}: ${money(amount)} on day one, ${risk.rule === 'pro-rata' ? `shrinking each month (${money(afterSixMonths)} after 6 months)` : 'in full until then'}.`,
      };
    });
  const sponsorship = offer.visa?.required ? (offer.visa.sponsorship ?? 'none') : 'not-needed';

  const how = [
    `The package pays ${money(net.covered * fx)} in cash and itemised cover; you expect ${money(net.expected * fx)} of costs${offer.currency !== home ? ` (converted from ${offer.currency} at ${fx})` : ''}.`,
  ];
  if (lumpSumTax > 0)
    how.push(`Tax of ${reloc?.lumpSumTaxPct} % on the lump sum takes ${money(lumpSumTax)}.`);
  else if (reloc?.covered?.lumpSum)
    how.push('Lump sums are usually taxed as pay; set relocation.lumpSumTaxPct to count that.');
  how.push(
    netFirstYear >= 0
      ? `Net first-year effect: ${money(netFirstYear)} in your favour.`
      : `Net first-year cost to you: ${money(-netFirstYear)}.`,
  );
  if (sponsorship === 'written') how.push('Visa sponsorship: committed in writing.');
  if (sponsorship === 'verbal')
    how.push('Visa sponsorship is only promised verbally: ask for it in the written offer.');
  if (sponsorship === 'none')
    how.push('You need a visa and no sponsorship is recorded: ask about it now.');

  return {
    offerId: offer.id,
    homeCurrency: home,
    lines,
    covered: net.covered * fx,
    expected: net.expected * fx,
    lumpSumTax,
    netFirstYear,
    atRisk,
    sponsorship,
    how,
  };
}

function housingLine(
  offer: Offer,
  expected: number | null,
  money: (n: number) => string,
): ChecklistLine {
  const label = 'Temporary housing';
  const days = offer.relocation?.covered?.temporaryHousingDays;
  const needed = offer.relocation?.temporaryHousingDaysNeeded;
  const base = { key: 'temporaryHousing', label, covered: null, expected };
  if (days === undefined) {
    return expected !== null
      ? {
          ...base,
          status: 'you-pay',
          text: `${label}: not in the package; you expect to pay ${money(expected)}.`,
        }
      : {
          ...base,
          status: 'check',
          text: `${label}: not mentioned yet; 30 days is the usual minimum.`,
        };
  }
  if (needed !== undefined && needed > days) {
    return {
      ...base,
      status: 'partly',
      text: `${label}: ${days} days covered of the ${needed} you expect to need.`,
    };
  }
  return { ...base, status: 'covered', text: `${label}: ${days} days covered.` };
}
