import type { Offer, Priority } from '../../workspace/document';
import { formatMoney, formatNumber } from '../../workspace/format';
import type { CostOfLivingUse, RateUse } from '../../workspace/rates';
import { scaleOf } from '../scoring';
import type { AnalysisPhrasebook } from './phrasebook';

function describeRaw(p: AnalysisPhrasebook, priority: Priority, raw: number, home: string): string {
  if (priority.measure.startsWith('pay-')) return formatMoney(raw, home, p.locale);
  const shown = formatNumber(raw, 2, p.locale);
  if (priority.measure === 'rating') return p.rating(shown);
  return `${shown}${priority.unit ? ` ${priority.unit}` : ''}`;
}

/** A priority with what describes it the same way for every offer: written once per evaluation. */
export interface DescribedPriority {
  priority: Priority;
  /** How a raw value becomes 0–1: its curve, or the straight line from worst to best. */
  curve: string;
  weight: number;
  weightShown: string;
}

export function describePriority(
  p: AnalysisPhrasebook,
  priority: Priority,
  weight: number,
  home: string,
): DescribedPriority {
  const weightShown = formatNumber(weight, 3, p.locale);
  if (priority.valueFunction) {
    const n = (x: number) => formatNumber(x, 2, p.locale);
    const points = priority.valueFunction.points.map(([x, v]) => p.point(n(x), n(v)));
    return { priority, curve: p.curve(points), weight, weightShown };
  }
  const { worst, best } = scaleOf(priority);
  const curve = p.straightLine(
    describeRaw(p, priority, worst, home),
    describeRaw(p, priority, best, home),
  );
  return { priority, curve, weight, weightShown };
}

/** How a priority's raw value became its 0–1 value and its contribution to the score. */
export function describeValue(
  p: AnalysisPhrasebook,
  described: DescribedPriority,
  raw: number | undefined,
  value: number,
  home: string,
): string {
  const { priority } = described;
  if (raw === undefined) return p.noValueYet(priority.label);
  const n = (x: number) => formatNumber(x, 3, p.locale);
  const shown = describeRaw(p, priority, raw, home);
  return p.valueLine(
    priority.label,
    shown,
    described.curve,
    n(value),
    described.weightShown,
    n(value * described.weight),
  );
}

/** Why an offer fails a non-negotiable. */
export function describeScreen(
  p: AnalysisPhrasebook,
  priority: Priority,
  raw: number | undefined,
  home: string,
): string {
  const limit = priority.nonNegotiable;
  if (!limit) return '';
  if (raw === undefined) return p.dealBreakerNoValue(priority.label);
  const shown = describeRaw(p, priority, raw, home);
  return 'min' in limit
    ? p.belowMinimum(priority.label, shown, describeRaw(p, priority, limit.min, home))
    : p.aboveMaximum(priority.label, shown, describeRaw(p, priority, limit.max, home));
}

/** How an offer's pay figures were built, line by line, in the offer's currency. */
export function describePay(
  p: AnalysisPhrasebook,
  offer: Offer,
  fx: RateUse,
  costOfLiving: CostOfLivingUse | null,
): string[] {
  const { pay, currency } = offer;
  const money = (x: number) => formatMoney(x, currency, p.locale);
  const n = (x: number, digits = 2) => formatNumber(x, digits, p.locale);
  const lines = [p.base(money(pay.base), pay.raisePct ? n(pay.raisePct) : null)];
  if (pay.bonus) {
    lines.push(
      'targetPct' in pay.bonus
        ? p.bonusPct(n(pay.bonus.targetPct))
        : p.bonusAmount(money(pay.bonus.amount)),
    );
  }
  for (const s of pay.signOn ?? []) lines.push(p.signOn(money(s.amount), s.paidInYear ?? 1));
  for (const grant of pay.equity ?? []) {
    const what =
      grant.kind === 'rsu'
        ? p.rsu(money(grant.grantValue))
        : p.options(n(grant.shares, 0), money(grant.strike), money(grant.price));
    lines.push(`${what}, ${p.grantTiming(grant).join(', ')}.`);
  }
  const benefits = pay.benefits;
  if (benefits?.retirementMatch !== undefined) {
    const m = benefits.retirementMatch;
    lines.push(
      typeof m === 'number'
        ? p.retirementAmount(money(m))
        : p.retirementFormula(n(m.matchPct), n(m.upToPctOfPay)),
    );
  }
  for (const b of benefits?.other ?? []) lines.push(p.benefit(b.label, money(b.amount)));
  if (benefits?.ptoDays) {
    lines.push(p.pto(benefits.ptoDays, money((pay.base / 260) * benefits.ptoDays)));
  }
  if (fx.basis !== 'same')
    lines.push(p.converted(fx.currency, n(fx.rate, 4), fx.home, fx.asOf, fx.basis === 'shipped'));
  if (costOfLiving && costOfLiving.factor !== 1) {
    lines.push(
      p.costOfLiving(
        n(costOfLiving.factor, 3),
        offer.location.city ?? offer.location.country,
        costOfLiving.basis === 'shipped' ? costOfLiving.asOf : null,
      ),
    );
  }
  return lines;
}
