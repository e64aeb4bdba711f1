import type { EquityGrant } from '../../workspace/document';

/**
 * Every sentence the evaluation shows a person, per language, so that analysis text has one
 * home apart from the arithmetic (as the message phrasebooks do for drafts). Arguments arrive
 * already formatted for the phrasebook's `locale`.
 */
export interface AnalysisPhrasebook {
  /** For numbers and money in these sentences. */
  locale: string;
  rating(value: string): string;
  noValueYet(label: string): string;
  curve(points: string[]): string;
  point(x: string, v: string): string;
  straightLine(worst: string, best: string): string;
  valueLine(
    label: string,
    shown: string,
    curve: string,
    value: string,
    weight: string,
    contribution: string,
  ): string;
  dealBreakerNoValue(label: string): string;
  belowMinimum(label: string, shown: string, limit: string): string;
  aboveMaximum(label: string, shown: string, limit: string): string;
  risk(
    kind: 'sign-on' | 'relocation',
    amount: string,
    untilMonth: number,
    rule: 'pro-rata' | 'full',
  ): string;
  base(money: string, raisePct: string | null): string;
  bonusPct(pct: string): string;
  bonusAmount(money: string): string;
  signOn(money: string, year: number): string;
  rsu(money: string): string;
  options(shares: string, strike: string, price: string): string;
  grantTiming(grant: EquityGrant): string[];
  retirementAmount(money: string): string;
  retirementFormula(matchPct: string, upToPct: string): string;
  benefit(label: string, money: string): string;
  pto(days: number, worth: string): string;
  converted(currency: string, rate: string, home: string, asOf: string | null): string;
  costOfLiving(factor: string, place: string): string;
  noneFeasible(): string;
  onlyOne(company: string, score: string): string;
  tie(first: string, second: string, score: string): string;
  leads(first: string, second: string, gap: string, a: string, b: string): string;
  separates(parts: string[]): string;
  separatePart(label: string, points: string, company: string): string;
  noSeparation(): string;
  screenedOut(company: string, reasons: string): string;
  missingValues(company: string, labels: string[]): string;
}
