import type { Evidence } from './evidence';
import type { LetterLanguage } from './letter-dates';
import type { VestingReading } from './vesting-words';
import type { LocationReading } from './work-location';

// The shapes of a letter's reading, apart from the reader, so the confidence gate that checks a
// reading and the reader that makes it can both use them.

/** Why a mention was listed instead of proposed: one named rule each. */
export type GateRule =
  | 'change'
  | 'condition'
  | 'other-mention'
  | 'current-role'
  | 'effective-only'
  | 'mixed-currency'
  | 'unnamed-dollar'
  | 'schedule-incomplete'
  | 'schedule-inconsistent'
  | 'period-unstated'
  | 'competing-figure'
  | 'tranche'
  | 'date-unsure'
  | 'agreement-date'
  | 'two-starts'
  | 'unnamed-payment'
  | 'retention'
  | 'paid-later'
  | 'event-vesting'
  | 'continued-vesting';

export type PayPeriod = 'annual' | 'monthly' | 'hourly' | 'pay-period';

export type LetterValue =
  | { key: 'company'; text: string }
  | { key: 'role'; text: string }
  | ({ key: 'location' } & LocationReading)
  | { key: 'currency'; code: string }
  | { key: 'base'; amount: number; period: PayPeriod; annual: number; currency?: string }
  | { key: 'startDate'; date: string }
  | { key: 'deadline'; date: string; time?: string; offsetMinutes?: number }
  | { key: 'bonus'; targetPct: number }
  | { key: 'bonus'; amount: number }
  | { key: 'signOn'; amount: number; clawbackMonths?: number; clawback?: 'pro-rata' | 'full' }
  | { key: 'equity'; kind: 'rsu' | 'option'; shares?: number; value?: number; percent?: number }
  | ({ key: 'vesting' } & VestingReading)
  | { key: 'ptoDays'; days: number }
  | { key: 'relocation'; lumpSum: number; repaymentMonths?: number }
  | { key: 'probation'; months: number }
  | { key: 'noticePeriod'; weeks?: number; months?: number }
  | { key: 'visa'; sponsorship: 'offered' | 'mentioned' }
  | { key: 'contingency'; item: string };

export type LetterFieldKey = LetterValue['key'];

export interface LetterField {
  value: LetterValue;
  evidence: Evidence;
  /** 0–1: how sure the rule is that the sentence states this value. */
  confidence: number;
  /** The rule in words, e.g. "$11,041.67 semi-monthly is stated as $265,000 a year". */
  how: string;
}

export interface LetterConflict {
  key: LetterFieldKey;
  reason: string;
  mentions: { label: string; evidence: Evidence }[];
  /** Set when the confidence gate held a reading back: the rule that did. */
  gate?: GateRule;
}

export interface LetterReading {
  language: LetterLanguage;
  fields: LetterField[];
  conflicts: LetterConflict[];
}

/** What each field is called in the review and the CLI ("the base salary"). */
const labels: Record<LetterFieldKey, string> = {
  company: 'the company',
  role: 'the role',
  location: 'the work location',
  currency: 'the currency',
  base: 'the base salary',
  startDate: 'the start date',
  deadline: 'the response deadline',
  bonus: 'the bonus',
  signOn: 'the signing bonus',
  equity: 'equity',
  vesting: 'the vesting schedule',
  ptoDays: 'paid time off',
  relocation: 'relocation support',
  probation: 'the probation period',
  noticePeriod: 'the notice period',
  visa: 'visa sponsorship',
  contingency: 'conditions',
};

export function labelOf(key: LetterFieldKey): string {
  return labels[key];
}
