import type { InputIssue } from '@offerwise/core';

/**
 * Problems said the way a person reads a form: "Base salary: enter a number, e.g. 95000", not
 * "offers[0].pay.base: required: expected a number". The path stays on the issue for the
 * curious (the save bar lists it beside the words).
 */

interface Field {
  label: string;
  /** What a valid value looks like, for "enter a number, e.g. …". */
  example?: string;
}

// Matched against the path with list indexes and record keys taken out, most specific first.
const fields: [RegExp, Field][] = [
  [/pay\.base$/, { label: 'Base salary', example: '95000' }],
  [/pay\.raisePct$/, { label: 'Yearly raise (%)', example: '3' }],
  [/pay\.bonus\.targetPct$/, { label: 'Target bonus (% of base)', example: '10' }],
  [/pay\.bonus\.amount$/, { label: 'Bonus amount', example: '8000' }],
  [/signOn\.amount$/, { label: 'Sign-on bonus', example: '10000' }],
  [/signOn\.paidInYear$/, { label: 'Sign-on paid in year', example: '1' }],
  [/signOn\.clawbackMonths$/, { label: 'Sign-on repayment period (months)', example: '12' }],
  [/equity\.grantValue$/, { label: 'Grant value', example: '40000' }],
  [/equity\.shares$/, { label: 'Number of options', example: '4000' }],
  [/equity\.strike$/, { label: 'Strike price', example: '6' }],
  [/equity\.price$/, { label: 'Value of one share', example: '15' }],
  [/equity\.schedulePct$/, { label: 'Vesting schedule (%)', example: '25, 25, 25, 25' }],
  [/equity\.cliffMonths$/, { label: 'Cliff (months)', example: '12' }],
  [/equity\.startYear$/, { label: 'Starts vesting in year', example: '1' }],
  [/equity\.discountPct$/, { label: 'Risk discount (%)', example: '50' }],
  [/retirementMatch\.matchPct$/, { label: 'Employer match (%)', example: '50' }],
  [/retirementMatch\.upToPctOfPay$/, { label: 'Match up to (% of base)', example: '6' }],
  [/retirementMatch\.contributionPct$/, { label: 'Your contribution (%)', example: '6' }],
  [/retirementMatch$/, { label: 'Retirement match a year', example: '1800' }],
  [/benefits\.ptoDays$/, { label: 'Paid days off', example: '30' }],
  [/benefits\.other\.label$/, { label: 'Benefit name', example: 'Transport pass' }],
  [/benefits\.other\.amount$/, { label: 'Benefit value a year', example: '700' }],
  [/covered\.lumpSum$/, { label: 'Relocation lump sum', example: '5000' }],
  [/covered\.temporaryHousingDays$/, { label: 'Temporary housing covered (days)', example: '30' }],
  [/covered\.items$/, { label: 'Covered item', example: '1200' }],
  [/expectedCosts$/, { label: 'Expected cost', example: '3000' }],
  [/repayment\.months$/, { label: 'Repayment period (months)', example: '12' }],
  [/temporaryHousingDaysNeeded$/, { label: 'Temporary housing you need (days)', example: '30' }],
  [/lumpSumTaxPct$/, { label: 'Tax on the lump sum (%)', example: '40' }],
  [/visa\.processingWeeks$/, { label: 'Visa processing (weeks)', example: '8' }],
  [/visa\.route$/, { label: 'Visa route' }],
  [/contacts\.name$/, { label: 'Contact name', example: 'Miriam Koch' }],
  [/contacts\.email$/, { label: 'Contact e-mail', example: 'miriam@example.com' }],
  [/process\.counterOfferWindowHours$/, { label: 'Counter-offer window (hours)', example: '48' }],
  [/counterOffers\.at$/, { label: 'Counter-offer received' }],
  [/offers\.ratings$/, { label: 'Rating (1–5)', example: '4' }],
  [/offers\.numbers$/, { label: 'Value', example: '30' }],
  [/offers\.company$/, { label: 'Company', example: 'Acme' }],
  [/offers\.role$/, { label: 'Role', example: 'Staff Engineer' }],
  [/offers\.id$/, { label: 'Offer id', example: 'acme' }],
  [/location\.country$/, { label: 'Country', example: 'DE' }],
  [/location\.region$/, { label: 'State or nation', example: 'US-CA' }],
  [/currentPay\.base$/, { label: 'Current salary', example: '80000' }],
  [/currentPay\.bonus$/, { label: 'Current bonus', example: '5000' }],
  [/currentPay\.currency$/, { label: 'Currency of your current pay', example: 'EUR' }],
  [/tax\.effectiveRatePct$/, { label: 'Your rate of tax (%)', example: '35' }],
  [/offers\.currency$/, { label: 'Currency', example: 'EUR' }],
  [/offers\.deadline$/, { label: 'Decision deadline' }],
  [/offers\.receivedAt$/, { label: 'Offer received' }],
  [/startDate$/, { label: 'Start date', example: '2027-03-01' }],
  [/profile\.homeCurrency$/, { label: 'Home currency', example: 'EUR' }],
  [/profile\.timeZone$/, { label: 'Time zone', example: 'Europe/Berlin' }],
  [/noticePeriod\.weeks$/, { label: 'Notice period (weeks)', example: '4' }],
  [/noticePeriod\.months$/, { label: 'Notice period (months)', example: '3' }],
  [/noticePeriod\.until$/, { label: 'Notice ends on', example: '2027-01-31' }],
  [/profile\.savingsMonths$/, { label: 'Savings (months of costs)', example: '6' }],
  [/profile\.moveLeadWeeks$/, { label: 'Weeks between jobs', example: '2' }],
  [/household\.children$/, { label: 'Children', example: '0' }],
  [/profile\.holidays$/, { label: 'Public holiday', example: '2026-12-25' }],
  [/rates\.asOf$/, { label: 'Rates as of', example: '2026-11-01' }],
  [/rates\.fx$/, { label: 'Exchange rate', example: '1.17' }],
  [/rates\.costOfLiving$/, { label: 'Cost-of-living index', example: '100' }],
  [/priorities\.label$/, { label: 'Priority name', example: 'Commute' }],
  [/priorities\.worst$/, { label: 'Worst value', example: '90' }],
  [/priorities\.best$/, { label: 'Best value', example: '0' }],
  [/priorities\.nonNegotiable\.(min|max)$/, { label: 'Threshold', example: '45' }],
  [/weighting\.weights$/, { label: 'Weight', example: '20' }],
  [/weighting\.matrix$/, { label: 'Pairwise comparison' }],
];

/** The path without indexes and record keys: `offers.pay.signOn.amount`. */
function shape(path: string): string {
  return path
    .replace(/\[\d+\]/g, '')
    .replace(/\.(fx|costOfLiving|items|expectedCosts|ratings|numbers|weights)\.[^.]+$/, '.$1');
}

export function fieldOf(path: string): Field | undefined {
  const key = shape(path);
  return fields.find(([pattern]) => pattern.test(key))?.[1];
}

/** The problem in words, without the field's name. */
export function humanMessage(issue: InputIssue, field = fieldOf(issue.path)): string {
  const message = issue.message;
  const eg = field?.example ? `, e.g. ${field.example}` : '';
  if (/expected a (whole )?number/.test(message) || message === 'required: expected a number')
    return `enter a ${message.includes('whole') ? 'whole ' : ''}number${eg}`;
  if (message.startsWith('required: expected text') || message === 'must not be empty')
    return `fill this in${eg}`;
  if (message.startsWith('expected a date like')) return 'enter a date, e.g. 2026-11-27';
  if (message.startsWith('expected a date and time')) return 'enter a date and a time';
  if (message.startsWith('expected an email address')) return `enter an e-mail address${eg}`;
  if (message.startsWith('required:')) return `fill this in${eg}`;
  // "must be at least 0, got -5": the bound is what helps; the value is on screen.
  const bound = message.match(/^must be (at least|at most|more than|less than) (-?[\d.]+)/);
  if (bound) return `enter ${bound[1]} ${bound[2]}`;
  return message.replace(/, got .*$/, '');
}

/** "Base salary: enter a number, e.g. 95000". */
export function humanIssue(issue: InputIssue): string {
  const field = fieldOf(issue.path);
  const words = humanMessage(issue, field);
  return field ? `${field.label}: ${words}` : capitalise(words);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
