import type { AnalysisPhrasebook } from './analysis-phrasebook';

const cadences = {
  monthly: 'monatlich',
  quarterly: 'vierteljährlich',
  semiannual: 'halbjährlich',
  annual: 'jährlich',
} as const;

export const de: AnalysisPhrasebook = {
  locale: 'de-DE',
  rating: (value) => `${value} von 5`,
  noValueYet: (label) => `${label}: noch kein Wert angegeben, zählt daher als 0.`,
  curve: (points) => `Ihrer Kurve durch ${points.join(', ')}`,
  point: (x, v) => `(${x} → ${v})`,
  straightLine: (worst, best) =>
    `einer Geraden von ${worst} (schlechtester Wert, 0) bis ${best} (bester Wert, 1)`,
  valueLine: (label, shown, curve, value, weight, contribution) =>
    `${label}: ${shown} auf ${curve} ergibt ${value}; × Gewicht ${weight} = ${contribution}.`,
  dealBreakerNoValue: (label) => `${label} ist ein Ausschlusskriterium und hat noch keinen Wert.`,
  belowMinimum: (label, shown, limit) =>
    `${label} liegt bei ${shown}, unter Ihrem Minimum von ${limit}.`,
  aboveMaximum: (label, shown, limit) =>
    `${label} liegt bei ${shown}, über Ihrem Maximum von ${limit}.`,
  risk: (kind, amount, untilMonth, rule) =>
    `${kind === 'sign-on' ? 'Antrittsprämie' : 'Umzugspaket'}: ${amount} stehen auf dem Spiel, wenn Sie vor Monat ${untilMonth} gehen (${rule === 'pro-rata' ? 'Rückzahlung sinkt jeden Monat' : 'Rückzahlung in voller Höhe'}).`,
  base: (money, raisePct) =>
    `Grundgehalt ${money} im 1. Jahr${raisePct ? `, steigend um ${raisePct} % pro Jahr` : ', ohne angenommene Erhöhungen'}.`,
  bonusPct: (pct) =>
    `Bonus ${pct} % des Grundgehalts des Jahres, gerechnet mit 100 % der Zielvorgabe.`,
  bonusAmount: (money) => `Bonus ${money} pro Jahr.`,
  signOn: (money, year) => `Antrittsprämie ${money} im ${year}. Jahr.`,
  rsu: (money) => `RSU-Zuteilung im Wert von ${money}`,
  options: (shares, strike, price) =>
    `${shares} Optionen zum Ausübungspreis ${strike}, Aktie bewertet mit ${price}`,
  grantTiming: (grant) =>
    [
      `Vesting ${grant.schedulePct.join('/')} % pro Jahr`,
      grant.cliffMonths ? `${grant.cliffMonths} Monate Cliff` : '',
      grant.cadence ? `${grant.cliffMonths ? 'danach ' : ''}${cadences[grant.cadence]}` : '',
      grant.startYear && grant.startYear > 1 ? `ab Jahr ${grant.startYear}` : '',
      grant.everyYear ? 'jedes Jahr eine neue Zuteilung (gestapelt)' : '',
      grant.discountPct ? `um ${grant.discountPct} % für das Risiko abgewertet` : '',
    ].filter(Boolean),
  retirementAmount: (money) => `Arbeitgeberbeitrag zur Altersvorsorge ${money} pro Jahr.`,
  retirementFormula: (matchPct, upToPct) =>
    `Arbeitgeberbeitrag zur Altersvorsorge: ${matchPct} % Ihrer Beiträge bis ${upToPct} % des Grundgehalts.`,
  benefit: (label, money) => `${label} ${money} pro Jahr.`,
  pto: (days, worth) =>
    `${days} Urlaubstage, etwa ${worth} wert (Grundgehalt ÷ 260 × Tage; gezeigt, nicht addiert).`,
  converted: (currency, rate, home, asOf) =>
    `Umgerechnet zu 1 ${currency} = ${rate} ${home}${asOf ? ` (Kurse vom ${asOf})` : ''}.`,
  costOfLiving: (factor, place) =>
    `Lebenshaltungskosten: × ${factor} (Preisindex Ihres Wohnorts ÷ dem von ${place}) ergibt, was es zu Hause kauft.`,
  noneFeasible: () => 'Kein Angebot erfüllt alle Ihre Ausschlusskriterien.',
  onlyOne: (company, score) =>
    `${company} ist das einzige Angebot, das alle Ihre Ausschlusskriterien erfüllt (Punktzahl ${score} von 1).`,
  tie: (first, second, score) => `${first} und ${second} liegen gleichauf bei ${score} von 1.`,
  leads: (first, second, gap, a, b) =>
    `${first} liegt ${gap} Punkte vor ${second} (${a} gegenüber ${b} von 1).`,
  separates: (parts) => `Was sie unterscheidet: ${parts.join(', ')}.`,
  separatePart: (label, points, company) => `${label} (+${points} für ${company})`,
  noSeparation: () => 'Keine einzelne Priorität trennt sie um mehr als eine Haaresbreite.',
  screenedOut: (company, reasons) => `${company} fällt heraus: ${reasons}`,
  missingValues: (company, labels) =>
    `${company} hat noch keinen Wert für ${labels.join(', ')}; jeder zählt als 0, bis Sie ihn eintragen.`,
};
