import { describe, expect, it } from 'vitest';
import { type LetterReading, readLetter } from './read-letter';

// Letters written for these tests (never taken from eval/letters, which only measures).
const now = new Date('2026-11-05T10:00:00Z');

const english = `Harbor Analytics, Inc.
November 3, 2026

Dear Priya,

On behalf of Harbor Analytics, Inc. (the "Company"), I am pleased to offer you the position of Staff Data Engineer, reporting to the VP of Data.
Your start date will be Monday, January 11, 2027.
Your annual base salary will be $184,000, paid semi-monthly.
You will receive a one-time signing bonus of $20,000 with your first paycheck. If you resign before the first anniversary of your start date, you must repay the signing bonus in full.
You will be eligible for an annual bonus with a target of 15% of your base salary.
Subject to approval by the Board, you will be granted 8,000 restricted stock units. The RSUs vest over four years, with 25% vesting on the one-year anniversary of the vesting start date and the rest vesting quarterly thereafter.
You will receive 20 days of paid time off per year.
This offer is contingent on a satisfactory background check.
Please sign and return this letter by 5:00 p.m. PST on November 13, 2026, after which this offer will expire.`;

const german = `Northwind Robotics GmbH
München, 3. November 2026

Sehr geehrte Frau Costa,

wir freuen uns, Ihnen die Position als Senior Platform Engineer bei der Northwind Robotics GmbH anzubieten.
Ihr Eintritt erfolgt am 1. Februar 2027. Ihr Bruttojahresgehalt beträgt 92.000 €, zahlbar in zwölf Monatsraten.
Sie erhalten eine einmalige Antrittsprämie von 8.000 €. Kündigen Sie innerhalb von 12 Monaten, ist die Prämie anteilig zurückzuzahlen.
Die Probezeit beträgt sechs Monate. Sie haben Anspruch auf 30 Urlaubstage im Jahr.
Bitte senden Sie den unterschriebenen Vertrag bis zum 20. November 2026, 17 Uhr zurück.`;

const value = (reading: LetterReading, key: string) =>
  reading.fields.filter((f) => f.value.key === key).map((f) => f.value);

describe('readLetter (English)', () => {
  const reading = readLetter(english, { now });

  it('proposes the base, its currency and the start date, each with its sentence', () => {
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 184000, period: 'annual', annual: 184000, currency: 'USD' },
    ]);
    expect(value(reading, 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-01-11' }]);
    const base = reading.fields.find((f) => f.value.key === 'base');
    expect(base?.evidence.quote).toBe(
      'Your annual base salary will be $184,000, paid semi-monthly.',
    );
    expect(english.slice(base?.evidence.start, base?.evidence.end)).toBe(base?.evidence.quote);
    expect(base?.evidence.line).toBe(8);
    expect(base?.how).toMatch(/\$184,000/);
  });

  it('reads the signing bonus with its full repayment within 12 months', () => {
    expect(value(reading, 'signOn')).toEqual([
      { key: 'signOn', amount: 20000, clawbackMonths: 12, clawback: 'full' },
    ]);
  });

  it('reads the grant and its vesting in words', () => {
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'rsu', shares: 8000 }]);
    expect(value(reading, 'vesting')).toEqual([
      expect.objectContaining({
        cliffMonths: 12,
        totalMonths: 48,
        cadence: 'quarterly',
        schedulePct: [25, 25, 25, 25],
      }),
    ]);
  });

  it('reads the deadline with its time and zone', () => {
    expect(value(reading, 'deadline')).toEqual([
      { key: 'deadline', date: '2026-11-13', time: '17:00', offsetMinutes: -480 },
    ]);
  });

  it('reads the bonus target, paid time off and the background check', () => {
    expect(value(reading, 'bonus')).toEqual([{ key: 'bonus', targetPct: 15 }]);
    expect(value(reading, 'ptoDays')).toEqual([{ key: 'ptoDays', days: 20 }]);
    expect(value(reading, 'contingency')).toContainEqual({
      key: 'contingency',
      item: 'background check',
    });
  });

  it('names the company and the role', () => {
    expect(value(reading, 'company')).toEqual([{ key: 'company', text: 'Harbor Analytics, Inc.' }]);
    expect(value(reading, 'role')).toEqual([{ key: 'role', text: 'Staff Data Engineer' }]);
  });
});

describe('readLetter (German)', () => {
  const reading = readLetter(german, { now });

  it('reads "Dieses Angebot gilt bis" as the answer date and the Arbeitsort as the location', () => {
    const r = readLetter(
      'Ihr Arbeitsort ist Köln. Dieses Angebot gilt bis zum 15. Januar 2027, wir freuen uns auf Ihre Rückmeldung.',
      { now },
    );
    expect(value(r, 'deadline')).toEqual([{ key: 'deadline', date: '2027-01-15' }]);
    expect(value(r, 'location')).toEqual([
      { key: 'location', city: 'Köln', country: 'DE', written: 'Köln' },
    ]);
  });

  it('detects German and reads German numbers and dates', () => {
    expect(reading.language).toBe('de');
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 92000, period: 'annual', annual: 92000, currency: 'EUR' },
    ]);
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-02-01' }]);
    expect(value(reading, 'deadline')).toEqual([
      { key: 'deadline', date: '2026-11-20', time: '17:00' },
    ]);
  });

  it('reads the Antrittsprämie with its pro-rata repayment, the probation and the leave', () => {
    expect(value(reading, 'signOn')).toEqual([
      { key: 'signOn', amount: 8000, clawbackMonths: 12, clawback: 'pro-rata' },
    ]);
    expect(value(reading, 'probation')).toEqual([{ key: 'probation', months: 6 }]);
    expect(value(reading, 'ptoDays')).toEqual([{ key: 'ptoDays', days: 30 }]);
  });
});

describe('readLetter: what it will not guess', () => {
  it('lists two different salaries as a conflict and proposes neither', () => {
    const reading = readLetter(
      'Your base salary will be $150,000 per year. After the financing closes your base salary will be $170,000 per year.',
      { now },
    );
    expect(value(reading, 'base')).toEqual([]);
    expect(reading.conflicts).toEqual([
      expect.objectContaining({ key: 'base', mentions: [expect.anything(), expect.anything()] }),
    ]);
  });

  it('treats "no later than" a date as a bound, not a start date', () => {
    const reading = readLetter('You will start employment no later than March 1, 2027.', { now });
    expect(value(reading, 'startDate')).toEqual([]);
    expect(reading.conflicts[0]?.key).toBe('startDate');
  });

  it('does not turn "within 30 days of your start date" into a date', () => {
    const reading = readLetter('You may enrol in the plan within 30 days of your start date.', {
      now,
    });
    expect(value(reading, 'startDate')).toEqual([]);
  });

  it('keeps only the first date of a range', () => {
    const reading = readLetter(
      'Your employment is effective from March 1, 2027 through February 28, 2028.',
      { now },
    );
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-01' }]);
  });

  it('ignores the effective date of a salary review', () => {
    const reading = readLetter(
      'Your first salary review will have an effective date of April 1, 2028.',
      { now },
    );
    expect(value(reading, 'startDate')).toEqual([]);
  });

  it('lists an hourly rate without weekly hours instead of guessing a year', () => {
    const reading = readLetter('Your salary will be $55 per hour.', { now });
    expect(value(reading, 'base')).toEqual([]);
    expect(reading.conflicts[0]?.reason).toMatch(/no weekly hours/);
  });

  it('annualises an hourly rate when the weekly hours are stated', () => {
    const reading = readLetter('Your wage will be $50 per hour. You will work 40 hours per week.', {
      now,
    });
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 50, period: 'hourly', annual: 104000, currency: 'USD' },
    ]);
  });

  it('annualises a monthly salary and says how', () => {
    const reading = readLetter('Your compensation will be $12,500 per month.', { now });
    const base = reading.fields.find((f) => f.value.key === 'base');
    expect(base?.value).toMatchObject({ period: 'monthly', annual: 150000 });
    expect(base?.how).toBe('$12,500 a month × 12 months');
  });

  it('reads a value stated after a label line', () => {
    const reading = readLetter('Base Salary:\n|\n$140,000 annually, paid bi-weekly.', { now });
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 140000, period: 'annual', annual: 140000, currency: 'USD' },
    ]);
  });

  it('reads "an option to purchase N shares" as options and a percentage grant', () => {
    const a = readLetter(
      'You will be granted the right to purchase 40,000 shares of common stock.',
      { now },
    );
    expect(value(a, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 40000 }]);
    const b = readLetter(
      'You will receive an option to buy stock representing 0.5% of the Company’s outstanding shares.',
      { now },
    );
    expect(value(b, 'equity')).toEqual([{ key: 'equity', kind: 'option', percent: 0.5 }]);
  });

  it('does not count a vesting tranche as another grant', () => {
    const reading = readLetter(
      'You will be granted 10,000 stock options. 2,500 of the options vest after one year and the rest monthly over the next 36 months.',
      { now },
    );
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 10000 }]);
    expect(value(reading, 'vesting')).toEqual([
      expect.objectContaining({ cliffMonths: 12, totalMonths: 48, cadence: 'monthly' }),
    ]);
  });

  it('reads "over 36 months following the first anniversary" as 36 months after the cliff', () => {
    const reading = readLetter(
      'The option vests 25% on the first anniversary of your start date and monthly over the following 36 months.',
      { now },
    );
    expect(value(reading, 'vesting')).toEqual([
      expect.objectContaining({ cliffMonths: 12, totalMonths: 48 }),
    ]);
  });

  it('says a milestone-based grant has no time schedule', () => {
    const reading = readLetter('The option shall vest upon milestones to be agreed with you.', {
      now,
    });
    expect(value(reading, 'vesting')).toEqual([]);
    expect(reading.conflicts[0]).toMatchObject({ key: 'vesting' });
  });

  it('reads "a 10% annual performance bonus"', () => {
    const reading = readLetter('You will be eligible for a 10% annual performance bonus.', { now });
    expect(value(reading, 'bonus')).toEqual([{ key: 'bonus', targetPct: 10 }]);
  });

  it('reads "purchase N shares" at the start of a sentence as an option', () => {
    const reading = readLetter(
      'purchase 12,500 shares of common stock at the fair market value on the grant date, as the Board will grant you.',
      { now },
    );
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 12500 }]);
  });

  it('takes the currency from a par value when it is the only amount', () => {
    const reading = readLetter(
      'The Board will grant you an option over 5,000 shares of common stock, par value $0.001 per share.',
      { now },
    );
    expect(value(reading, 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
    expect(value(reading, 'base')).toEqual([]);
  });

  it('reads "paid time-off" with a hyphen', () => {
    const reading = readLetter('You will accrue fifteen (15) days of paid time-off a year.', {
      now,
    });
    expect(value(reading, 'ptoDays')).toEqual([{ key: 'ptoDays', days: 15 }]);
  });

  it('reads a British letter: salary per annum, commencement, holiday, acceptance date', () => {
    const reading = readLetter(
      `Dear Sam,
Following your interview, I am delighted to offer you the post of Research Software Engineer at Kestrel Labs Ltd.
Your employment will commence on 1 March 2027.
Your salary will be £58,000 per annum, paid monthly in arrears.
Your normal place of work will be our offices in Cambridge.
You will be entitled to 25 days' holiday per year in addition to bank holidays.
Please confirm your acceptance by signing and returning one copy of this letter by 12 February 2027.`,
      { now },
    );
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 58000, period: 'annual', annual: 58000, currency: 'GBP' },
    ]);
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-01' }]);
    expect(value(reading, 'deadline')).toEqual([{ key: 'deadline', date: '2027-02-12' }]);
    expect(value(reading, 'location')).toEqual([
      { key: 'location', city: 'Cambridge', country: 'GB', written: 'Cambridge' },
    ]);
  });

  it.each([
    ['Please let me know your decision by Friday, 19 February 2027.', '2027-02-19'],
    ['This offer remains open until 5 March 2027.', '2027-03-05'],
    ['We would be grateful if you could reply by 3 March 2027.', '2027-03-03'],
    [
      'If we do not receive your signed acceptance by March 10, 2027, this offer will lapse.',
      '2027-03-10',
    ],
    ['Kindly return one signed copy of this letter to me by 22 January 2027.', '2027-01-22'],
  ])('reads the answer date in "%s"', (sentence, date) => {
    expect(value(readLetter(sentence, { now }), 'deadline')).toEqual([{ key: 'deadline', date }]);
  });

  it.each([
    ['Your first day will be Monday, 4 January 2027.', '2027-01-04'],
    ['You will be employed with effect from 1 April 2027.', '2027-04-01'],
    ['We look forward to you commencing on 15 February 2027.', '2027-02-15'],
  ])('reads the start date in "%s"', (sentence, date) => {
    expect(value(readLetter(sentence, { now }), 'startDate')).toEqual([{ key: 'startDate', date }]);
  });

  it('does not take a date the letter was signed on as a deadline', () => {
    const reading = readLetter('Signed by the Chief Executive on 3 November 2026.', { now });
    expect(value(reading, 'deadline')).toEqual([]);
  });

  it('lists a yearly figure smaller than the salary beside it as a conflict, not a base', () => {
    const reading = readLetter(
      'Your base salary will be $150,000, paid every other week ($5,769.23 annualized).',
      { now },
    );
    expect(value(reading, 'base')).toEqual([]);
    expect(reading.conflicts.map((c) => c.key)).toContain('base');
  });

  it('does not take a part "of your base salary" for the base', () => {
    const reading = readLetter(
      'Your annual base salary will be $240,000. Of this, $40,000 of your base salary will be paid in restricted stock units.',
      { now },
    );
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 240000, period: 'annual', annual: 240000, currency: 'USD' },
    ]);
  });

  it('does not count "N units shall vest on" as a grant', () => {
    const reading = readLetter(
      'You will be granted 6,000 RSUs. Of these, 500 RSUs shall vest on March 3, 2027 and you will receive the rest monthly.',
      { now },
    );
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'rsu', shares: 6000 }]);
  });

  it('reads the start of an appointment that "shall commence on" a date', () => {
    const reading = readLetter(
      'Your appointment as Head of Research shall commence on 4th January 2027, continuous with your employment since 1st May 2019.',
      { now },
    );
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-01-04' }]);
  });

  it('returns every offset inside the text', () => {
    const reading = readLetter(english, { now });
    for (const f of reading.fields) {
      expect(english.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
    }
  });
});
