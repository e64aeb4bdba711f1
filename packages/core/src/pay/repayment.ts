import type { Offer } from '../workspace/document';

export type RepaymentRule = 'pro-rata' | 'full';

/**
 * What you would owe back after `completedMonths` of a `months`-long repayment clause.
 * Pro-rata reduces the debt by 1/months per completed month (the common drafting, see
 * arkadylaw.com on sign-on bonuses); full means all of it until the period ends.
 *
 * @example
 * repaymentOwed(24000, 12, 'pro-rata', 5) //=> 14000
 */
export function repaymentOwed(
  amount: number,
  months: number,
  rule: RepaymentRule,
  completedMonths: number,
): number {
  if (completedMonths >= months) return 0;
  if (rule === 'full') return amount;
  return (amount * (months - Math.max(0, completedMonths))) / months;
}

export interface RepaymentRisk {
  kind: 'sign-on' | 'relocation';
  /** Amount in the offer's currency that is repayable on day one. */
  amount: number;
  /** Leaving before the end of this month of employment costs money. */
  untilMonth: number;
  rule: RepaymentRule;
}

/** Sign-on clawbacks and relocation repayment clauses, counted from the start date. */
export function repaymentRisks(offer: Offer): RepaymentRisk[] {
  const risks: RepaymentRisk[] = [];
  for (const signOn of offer.pay.signOn ?? []) {
    if (!signOn.clawbackMonths) continue;
    const paidAfterMonths = ((signOn.paidInYear ?? 1) - 1) * 12;
    risks.push({
      kind: 'sign-on',
      amount: signOn.amount,
      untilMonth: paidAfterMonths + signOn.clawbackMonths,
      rule: signOn.clawback ?? 'pro-rata',
    });
  }
  const repayment = offer.relocation?.repayment;
  const covered = relocationCoveredCash(offer);
  if (repayment && covered > 0) {
    risks.push({
      kind: 'relocation',
      amount: covered,
      untilMonth: repayment.months,
      rule: repayment.rule ?? 'pro-rata',
    });
  }
  return risks;
}

/** Cash value of what the relocation package pays for (lump sum plus itemised cover). */
export function relocationCoveredCash(offer: Offer): number {
  const covered = offer.relocation?.covered;
  if (!covered) return 0;
  return (covered.lumpSum ?? 0) + Object.values(covered.items ?? {}).reduce((a, b) => a + b, 0);
}

/** Covered cash minus the costs the user expects; negative means the move costs you money. */
export function relocationNet(offer: Offer): { covered: number; expected: number; net: number } {
  const covered = relocationCoveredCash(offer);
  const expected = Object.values(offer.relocation?.expectedCosts ?? {}).reduce((a, b) => a + b, 0);
  return { covered, expected, net: covered - expected };
}
