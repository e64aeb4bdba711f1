import { describe, expect, it } from 'vitest';
import { letterDateIn } from './letter-dates';
import { readLetter } from './read-letter';
import { now, read, proposed as value } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). Each is
// a common way of writing a figure that the reader must take as the offer's own value.

describe('label lines and headings', () => {
  it('does not take a "Start Date:" line for the letter date, and reads it as the start', () => {
    const text =
      'Offer of employment\nPosition: Analyst\nStart Date: May 3, 2027\nSalary: $90,000 per year';
    expect(letterDateIn(text, 'en', now)).toBe(undefined);
    expect(value(read(text), 'startDate')).toEqual([{ key: 'startDate', date: '2027-05-03' }]);
  });

  it('reads a German "Beginn:" line and a "Monatsgehalt:" line', () => {
    const reading = readLetter(
      'Arbeitsvertrag zwischen der Kiel GmbH und Frau Roth\nBeginn: 01.06.2027\nMonatsgehalt: 5.000,00 € brutto\nUrlaub: 28 Arbeitstage',
      { now, language: 'de' },
    );
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-06-01' }]);
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 5000, period: 'monthly', annual: 60000, currency: 'EUR' },
    ]);
  });

  it('reads the amount under a "Signing Bonus:" heading as the signing bonus', () => {
    const reading = read(
      'Signing Bonus: The Company will pay you a bonus of $15,000 with your first paycheck.',
    );
    expect(value(reading, 'signOn')).toEqual([{ key: 'signOn', amount: 15000 }]);
    expect(value(reading, 'bonus')).toEqual([]);
  });

  it('counts a grant under a "Stock Options:" heading, but not its yearly tranche', () => {
    const reading = read(
      'Stock Options: 2,000 options, vesting at the rate of 500 shares per year.',
    );
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 2000 }]);
  });
});

describe('wordings of start and grants', () => {
  it('reads "your employment with Acme will begin on"', () => {
    const reading = read('Your employment with Northwind will begin on Tuesday, May 4, 2027.');
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-05-04' }]);
  });

  it('reads the kind of a grant named a few words after its count', () => {
    const reading = read("You will be granted 40,000 shares of the Company's stock options.");
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 40000 }]);
  });

  it('takes a percentage in brackets after a counted grant as the same grant', () => {
    const reading = read(
      'You will be granted an option to purchase 20,000 shares (about 0.2% of the fully diluted shares).',
    );
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 20000 }]);
  });

  it('does not take a sum counted in months of salary for the base', () => {
    const reading = read(
      'If we withdraw this offer, we will pay you six (6) months of the Base Salary described above ($90,000).',
    );
    expect(value(reading, 'base')).toEqual([]);
  });
});

describe('vesting spread over lines', () => {
  it('takes the cadence from the list a schedule line introduces with a colon', () => {
    const reading = read(
      'The RSUs will vest over 4 years with a 1-year cliff:\n- 25% vests after 12 months\n- The rest vests monthly over the next 36 months',
    );
    expect(value(reading, 'vesting')).toMatchObject([
      { key: 'vesting', cliffMonths: 12, totalMonths: 48, cadence: 'monthly' },
    ]);
  });

  it('does not borrow a cadence from the next paragraph without a colon', () => {
    const reading = read(
      'The RSUs will vest over 3 years.\nThe performance units vest annually when goals are met.',
    );
    expect(value(reading, 'vesting')).toMatchObject([{ key: 'vesting', totalMonths: 36 }]);
    expect(value(reading, 'vesting')[0]).not.toHaveProperty('cadence');
  });
});

describe('dollars that are not US dollars', () => {
  it('reads HK$ and NZ$ as their own currencies', () => {
    for (const [mark, code] of [
      ['HK$', 'HKD'],
      ['NZ$', 'NZD'],
    ] as const) {
      const reading = read(`Your salary will be ${mark}960,000 per annum, paid monthly.`);
      expect(value(reading, 'base')).toEqual([
        expect.objectContaining({ amount: 960000, currency: code }),
      ]);
    }
  });

  it('reads a code written with its own dollar sign, such as USD$ or AUD$', () => {
    for (const [mark, code] of [
      ['USD$', 'USD'],
      ['AUD$', 'AUD'],
    ] as const) {
      const reading = read(`Your annual base salary will be ${mark}185,000 gross per year.`);
      expect(value(reading, 'base')).toEqual([
        expect.objectContaining({ amount: 185000, currency: code }),
      ]);
    }
  });

  it('leaves a dollar of an unknown country unread rather than calling it US dollars', () => {
    const reading = read('Your salary will be R$240,000 per year.');
    expect(value(reading, 'currency')).toEqual([]);
    expect(value(reading, 'base')).toEqual([]);
  });
});
