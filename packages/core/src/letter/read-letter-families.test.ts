import { describe, expect, it } from 'vitest';
import { held, proposed, read } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). Each
// block is one family of wording: the sentences the rule must read, and the near misses it must
// leave alone.

describe('base salary beside other pay figures', () => {
  it('reads a monthly figure restated "on an annualized basis" as one salary', () => {
    const reading = read(
      'Your monthly salary will be $12,500.00 per month or $150,000 on an annualized basis.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 150000, period: 'annual' }]);
  });

  it('reads the salary, not the ends of its pay band', () => {
    const reading = read(
      'Your starting salary is $88,000 within a salary range of $70,000 to $105,000.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 88000 }]);
  });

  it('reads no salary from a pay band alone', () => {
    expect(
      proposed(read('The salary range for this role is $70,000 to $105,000.'), 'base'),
    ).toEqual([]);
  });

  it('reads the base beside an OTE and its commissions', () => {
    const reading = read(
      'This role carries an OTE of $400,000 per year, with a base salary of $200,000 annualized and $200,000 of variable commissions.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 200000 }]);
  });

  it('reads the base beside a larger target compensation', () => {
    const reading = read(
      'Your annual base salary will be $180,000, and your annual target compensation will be $250,000.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 180000 }]);
  });

  it('still holds back a base beside a larger figure it does not account for', () => {
    const reading = read('Your annual base salary will be $180,000 and your package $250,000.');
    expect(proposed(reading, 'base')).toEqual([]);
    expect(reading.conflicts.map((c) => c.key)).toContain('base');
  });

  it.each([
    'Your quarterly bonus target is 20% of your base salary (i.e., $9,000 based upon your initial base salary).',
    'Your yearly grant target is 100% of base salary (e.g., $300K for you next year).',
  ])('reads no base from a figure worked out from it: "%s"', (sentence) => {
    expect(proposed(read(sentence), 'base')).toEqual([]);
  });

  it('reads an "Initial Compensation:" line as the base', () => {
    const reading = read(
      '|Initial Compensation:\n|$150,000.00 annually paid semi-monthly, less withholdings.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 150000 }]);
  });
});

describe('rupee amounts written "Rs."', () => {
  it('reads "Rs. 45,000/= per month" as a monthly salary in INR', () => {
    const reading = read('Your salary is fixed at Rs. 45,000/= per month. It is paid monthly.');
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 45000, period: 'monthly', annual: 540000, currency: 'INR' },
    ]);
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'INR' }]);
  });

  it('does not end the sentence at "Rs."', () => {
    const reading = read('You will receive Rs. 2,000 towards travel.');
    expect(reading.fields.every((f) => f.evidence.quote.includes('2,000'))).toBe(true);
  });
});

describe('rupee amounts grouped in lakhs', () => {
  it('reads "INR 12,40,000" as twelve lakh forty thousand, not twelve', () => {
    const reading = read('Your annual salary will be INR 12,40,000/-.');
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 1240000, currency: 'INR' }]);
  });

  it('reads "Rs 4.2 lakhs per annum" and "9 LPA" as lakhs', () => {
    expect(
      proposed(read('Your annual salary will be Rs 4.2 lakhs per annum.'), 'base'),
    ).toMatchObject([{ annual: 420000 }]);
    expect(proposed(read('Your annual salary is INR 9 LPA.'), 'base')).toMatchObject([
      { annual: 900000 },
    ]);
  });

  it('still reads a German decimal comma and English thousands as before', () => {
    expect(proposed(read('Ihr Jahresgehalt beträgt 72.500,50 €.'), 'base')).toMatchObject([
      { annual: 72500.5 },
    ]);
    expect(proposed(read('Your annual salary will be $1,240,000.'), 'base')).toMatchObject([
      { annual: 1240000 },
    ]);
  });
});

describe('start dates that are not plainly the start', () => {
  it('lists a start that may move to "the first available date after" a condition', () => {
    const reading = read(
      'Your employment will commence on July 6, 2027 or on the first available date after you show proof of your right to work in the United States.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    const listed = reading.conflicts.find((c) => c.key === 'startDate');
    expect(listed?.reason).toMatch(/leaves the start open/);
    expect(listed?.reason).toContain('or on the first available date');
  });

  it('keeps "or on the first date we mutually agree" as a stated start', () => {
    const reading = read(
      'Your employment will commence on July 6, 2027 or on the first date we mutually agree.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-07-06' }]);
  });

  it('holds back the date on which "your role and compensation will change"', () => {
    const reading = read(
      'New Role\nEffective as of August 2, 2027 your role and compensation will change.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('current-role');
  });

  it('does not take "as long as you continue to be employed" for a current employee', () => {
    const reading = read(
      'Start date:\nMonday, October 4, 2027\nThe options vest monthly for so long as you continue to be employed by the Company.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-10-04' }]);
  });

  it('still treats "you will continue to be employed" as a current employee', () => {
    const reading = read(
      'Start date:\nMonday, October 4, 2027\nYou will continue to be employed by the Company in your new role.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('current-role');
  });
});

describe('a signing bonus paid in parts', () => {
  it.each([
    'You will receive a one-time signing bonus of $40,000, $20,000 of which is paid with your first paycheck.',
    'You will receive a sign-on bonus of $40,000. One half of this sign-on bonus ($20,000) will be paid on your first day.',
  ])('reads one bonus, not its parts: "%s"', (text) => {
    expect(proposed(read(text), 'signOn')).toMatchObject([{ amount: 40000 }]);
  });

  it('still lists two different signing bonuses', () => {
    const reading = read(
      'You will receive a signing bonus of $40,000. Your signing bonus will be $30,000 if you start in May.',
    );
    expect(proposed(reading, 'signOn')).toEqual([]);
  });
});

describe('vesting steps named in order', () => {
  it('reads "the first tranche vesting on" a date as a step of a time schedule', () => {
    const reading = read(
      'You will receive an option grant of 40,000 shares, with 25% of the options vesting at the end of each calendar year, with the first tranche vesting on December 31, 2027.',
    );
    expect(proposed(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 48, cadence: 'annual' },
    ]);
  });

  it('still holds a tranche tied to a financing', () => {
    const reading = read(
      'Your options vest 25% each year, with a tranche vesting on the closing of the Series B financing.',
    );
    expect(proposed(reading, 'vesting')).toEqual([]);
    expect(held(reading, 'vesting')?.gate).toBe('event-vesting');
  });
});

describe('a heading line above its amount', () => {
  it('reads "Base salary" over a line that starts with the amount', () => {
    const reading = read(
      'Terms\nBase salary\nHK$960,000 per annum, payable in twelve equal monthly instalments.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 960000, currency: 'HKD' }]);
  });

  it.each([
    'Element\nCurrent\nNew\nBase Salary\n$190,000\n$215,000',
    'Base Salary\n$190,000 (current)\n$215,000 (new)',
  ])('does not join a heading to an amount in a table column: %j', (text) => {
    expect(proposed(read(text), 'base')).toEqual([]);
  });
});

describe('answer dates written "20th May"', () => {
  it('reads a day written with its ordinal before the month', () => {
    const reading = read(
      'May 5, 2027\n\nDear Sam,\n\nPlease sign the copy and return the same before 20th May.',
    );
    expect(proposed(reading, 'deadline')).toMatchObject([{ date: '2027-05-20' }]);
  });

  it('still reads no date from "the 20th day"', () => {
    const reading = read(
      'May 5, 2027\n\nDear Sam,\n\nPlease return the same before the 20th day after this letter.',
    );
    expect(proposed(reading, 'deadline')).toEqual([]);
  });
});

describe('a price in cents without its leading zero', () => {
  it('names the currency from "$.20 per share"', () => {
    const reading = read('You may buy 10,000 shares at a price of $.20 per share.');
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
  });

  it('does not take a sentence end before a number for cents', () => {
    const reading = read('Your start date is March 1, 2027. 20 days of leave are included.');
    expect(proposed(reading, 'currency')).toEqual([]);
  });
});

describe('near misses of the salary rules', () => {
  it('reads a salary named after a bonus given as a share of it', () => {
    const reading = read(
      'You will have a bonus target of 50% of base salary, and an annual base salary of $300,000.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 300000 }]);
  });

  it('reads a salary that only mentions where it sits in its band', () => {
    const reading = read('Your annual salary, at the middle of the band, is $140,000.');
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 140000 }]);
  });
});
