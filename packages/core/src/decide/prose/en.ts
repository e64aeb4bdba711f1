import type { AnalysisPhrasebook } from './analysis-phrasebook';

export const en: AnalysisPhrasebook = {
  locale: 'en-GB',
  rating: (value) => `${value} of 5`,
  noValueYet: (label) => `${label}: no value given yet, so it counts as 0.`,
  curve: (points) => `your curve through ${points.join(', ')}`,
  point: (x, v) => `(${x} → ${v})`,
  straightLine: (worst, best) => `a straight line from ${worst} (worst, 0) to ${best} (best, 1)`,
  valueLine: (label, shown, curve, value, weight, contribution) =>
    `${label}: ${shown} on ${curve} gives ${value}; × weight ${weight} = ${contribution}.`,
  dealBreakerNoValue: (label) => `${label} is a deal-breaker and has no value yet.`,
  belowMinimum: (label, shown, limit) => `${label} is ${shown}, below your minimum of ${limit}.`,
  aboveMaximum: (label, shown, limit) => `${label} is ${shown}, above your maximum of ${limit}.`,
  risk: (kind, amount, untilMonth, rule) =>
    `${kind === 'sign-on' ? 'Sign-on bonus' : 'Relocation package'}: ${amount} at risk if you leave before month ${untilMonth} (repayable ${rule === 'pro-rata' ? 'shrinking each month' : 'in full'}).`,
  base: (money, raisePct) =>
    `Base ${money} in year 1${raisePct ? `, rising ${raisePct} % a year` : ', no raises assumed'}.`,
  bonusPct: (pct) => `Bonus ${pct} % of that year's base, counted at 100 % of target.`,
  bonusAmount: (money) => `Bonus ${money} a year.`,
  signOn: (money, year) => `Sign-on ${money} in year ${year}.`,
  rsu: (money) => `RSU grant worth ${money}`,
  options: (shares, strike, price) =>
    `${shares} options at strike ${strike}, share valued ${price}`,
  grantTiming: (grant) =>
    [
      `vesting ${grant.schedulePct.join('/')} % by year`,
      grant.cliffMonths ? `${grant.cliffMonths}-month cliff` : '',
      grant.cadence ? `${grant.cliffMonths ? 'then ' : ''}${grant.cadence}` : '',
      grant.startYear && grant.startYear > 1 ? `from year ${grant.startYear}` : '',
      grant.everyYear ? 'a new grant every year (stacking)' : '',
      grant.discountPct ? `discounted ${grant.discountPct} % for risk` : '',
    ].filter(Boolean),
  retirementAmount: (money) => `Retirement match ${money} a year.`,
  retirementFormula: (matchPct, upToPct) =>
    `Retirement match ${matchPct} % of your contributions up to ${upToPct} % of base.`,
  benefit: (label, money) => `${label} ${money} a year.`,
  pto: (days, worth) =>
    `${days} days off, worth about ${worth} (base ÷ 260 × days; shown, not added).`,
  converted: (currency, rate, home, asOf) =>
    `Converted at 1 ${currency} = ${rate} ${home}${asOf ? ` (rates as of ${asOf})` : ''}.`,
  costOfLiving: (factor, place) =>
    `Cost of living: × ${factor} (your home's price index ÷ ${place}'s) gives what it buys at home.`,
  noneFeasible: () => 'No offer passes all of your non-negotiables.',
  onlyOne: (company, score) =>
    `${company} is the only offer that passes all of your non-negotiables (score ${score} of 1).`,
  tie: (first, second, score) => `${first} and ${second} tie at ${score} of 1.`,
  leads: (first, second, gap, a, b) =>
    `${first} leads ${second} by ${gap} points (${a} vs ${b} of 1).`,
  separates: (parts) => `What separates them: ${parts.join(', ')}.`,
  separatePart: (label, points, company) => `${label} (+${points} for ${company})`,
  noSeparation: () => 'No single priority separates them by more than a hair.',
  screenedOut: (company, reasons) => `${company} is screened out: ${reasons}`,
  missingValues: (company, labels) =>
    `${company} has no value yet for ${labels.join(', ')}; each counts as 0 until you fill it in.`,
};
