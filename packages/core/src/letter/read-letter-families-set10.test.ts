import { describe, expect, it } from 'vitest';
import { held, proposed, read } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). The
// families of wording held-out set 10 showed: a salary with its equivalent in another currency,
// starts that either side may move, a yearly salary "to be paid" more often, "unless we agree
// otherwise" before the pay, and pay quoted in Philippine pesos.

describe('one salary stated in two currencies', () => {
  it('reads the first figure as the base and holds the currency', () => {
    const reading = read(
      'Base Salary: US$180,000 per annum (approximately CDN$245,000), paid semi-monthly.',
    );
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 180000, annual: 180000, currency: 'USD' },
    ]);
    expect(proposed(reading, 'currency')).toEqual([]);
    expect(held(reading, 'currency')?.reason).toMatch(/more than one currency \(USD, CAD\)/);
  });

  it('reads "$X USD per annum — (Y CAD)" the same way', () => {
    const reading = read('Base Salary:\n$210,000.00 USD per annum — (287,500.00 CAD).');
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 210000, currency: 'USD' }]);
    expect(held(reading, 'base')).toBeUndefined();
    expect(proposed(reading, 'currency')).toEqual([]);
  });

  it('keeps the currency when the letter says the pay is made in it', () => {
    const reading = read(
      'Your salary will be CDN$240,000 per year, paid in Canadian dollars. Relocation costs are covered up to US$30,000.',
    );
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'CAD' }]);
  });

  it('holds the currency when only an allowance is said to be paid in one', () => {
    const reading = read(
      'Your salary will be €120,000 per year. A housing allowance of US$2,000 per month will be paid in U.S. dollars.',
    );
    expect(proposed(reading, 'currency')).toEqual([]);
  });

  it('holds the currency of a salary in one currency beside a cap in another', () => {
    const reading = read(
      'Your salary will be $240,000 CDN per year. Relocation costs are covered up to $30,000 USD.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 240000, currency: 'CAD' }]);
    expect(proposed(reading, 'currency')).toEqual([]);
  });

  it('still lists two salaries in two currencies that are not one in brackets', () => {
    const reading = read(
      'Your salary will be US$180,000 per year, or CDN$250,000 per year if you move to Toronto.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });

  it('still holds a larger figure in brackets in the same currency', () => {
    const reading = read(
      'Your base salary will be $150,000 per year ($190,000 with the allowance).',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });
});

describe('a start that either side may move', () => {
  it('holds a start after "unless we mutually agree otherwise"', () => {
    const reading = read(
      'Unless we mutually agree otherwise in writing, you will start work on March 8, 2027.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.reason).toMatch(/moved by agreement/);
  });

  it('holds a term-table start "(or as otherwise agreed upon)"', () => {
    const reading = read('Start Date: March 8, 2027 (or as otherwise agreed upon)');
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.reason).toMatch(/or as otherwise agreed upon/);
  });

  it('keeps "or such other date as we agree" as the stated start', () => {
    const reading = read(
      'Your employment will start on March 8, 2027, or such other date as we agree.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-08' }]);
  });

  it('keeps a start when "otherwise" is about something else', () => {
    const reading = read(
      'Your first day will be March 8, 2027. Unless we agree otherwise, you will work from our Leeds office.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-08' }]);
  });
});

describe('"unless we agree otherwise" is no condition on the pay', () => {
  it('reads the salary after it', () => {
    const reading = read(
      'Unless we agree otherwise, your starting salary will be $140,000 annualized, payable in accordance with our payroll practices.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 140000 }]);
  });

  it('still holds a salary that depends on another case', () => {
    const reading = read(
      'Unless you relocate to Denver by June, your starting salary will be $140,000 per year.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });
});

describe('a yearly salary "to be paid" more often', () => {
  it('reads "annual salary of $X to be paid bi-weekly" as a year\'s pay', () => {
    const reading = read('Your annual salary will be $128,000 to be paid bi-weekly.');
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 128000, period: 'annual', annual: 128000 },
    ]);
  });

  it('still reads a figure called bi-weekly as a pay period', () => {
    const reading = read('You will be paid $4,923.08 bi-weekly.');
    expect(proposed(reading, 'base')).not.toMatchObject([{ annual: 4923.08 }]);
  });
});

describe('pay in Philippine pesos', () => {
  it('reads the currency of an hourly rate that cannot be annualised', () => {
    const reading = read(
      'Salary/Wage: 85.50 PHP Hourly\nSchedule: to be assigned by your team lead.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'PHP' }]);
  });

  it('reads "PHP 70.00 per hour" and "₱25,000 per month"', () => {
    expect(proposed(read('Your rate is PHP 70.00 per hour.'), 'currency')).toEqual([
      { key: 'currency', code: 'PHP' },
    ]);
    expect(proposed(read('Your basic salary is ₱25,000 per month.'), 'base')).toMatchObject([
      { amount: 25000, period: 'monthly', currency: 'PHP' },
    ]);
  });
});

describe('a vesting schedule followed by its acceleration', () => {
  const schedule =
    'These options will vest over four years with a one year cliff and monthly vesting thereafter.';

  it('reads the schedule, leaving the acceleration on a sale aside', () => {
    const reading = read(
      `${schedule} Should the Company be acquired, 50% of the unvested options will vest immediately.`,
    );
    expect(proposed(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 48, cadence: 'monthly' },
    ]);
  });

  it('still holds a schedule whose next sentence gives a share that does not fit', () => {
    const reading = read(`${schedule} 50% of the options vest at the end of the first year.`);
    expect(proposed(reading, 'vesting')).toEqual([]);
    expect(held(reading, 'vesting')?.reason).toMatch(/does not fit/);
  });
});

describe('Indian pay: fixed compensation, total remuneration and pay after probation', () => {
  it('reads "annual fixed compensation" inside a larger total cash compensation as the base', () => {
    const reading = read(
      'Your annual total cash compensation for FY27 is Rs. 540000/-. Your annual fixed compensation for FY27 is Rs. 498000/-; it includes allowances.',
    );
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 498000, annual: 498000, currency: 'INR' },
    ]);
  });

  it('reads an Annual Total Remuneration (ATR) as the base when no fixed part is named', () => {
    const reading = read(
      'During your probation period of 6 months, you are entitled to an Annual Total Remuneration (ATR) of Rs.3,60,000/-.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 360000, currency: 'INR' }]);
  });

  it('keeps the starting figure when a higher one follows the end of probation', () => {
    const reading = read(
      'During your probation period of 6 months, you are entitled to an Annual Total Remuneration (ATR) of Rs.3,60,000/-.\n\nOn successful completion of the probation period, your ATR would stand revised to Rs.4,20,000/-.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 360000 }]);
  });

  it('still lists two totals when the later one is not tied to probation', () => {
    const reading = read(
      'You are entitled to an Annual Total Remuneration (ATR) of Rs.3,60,000/-.\n\nFrom April 2028, your ATR would stand revised to Rs.4,20,000/-.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });
});

describe('a term table with each label on the line above its value', () => {
  it('reads the date under "Start Date:" as the start, not as the letter\'s own date', () => {
    const reading = read('|\nTitle:\n|Store Manager\n|\nStart Date:\n|March 8, 2027\n|');
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-08' }]);
  });

  it('still takes a date under "Date:" as the letter\'s own date', () => {
    const reading = read('Date:\nJanuary 7, 2027\n\nDear Jo,\nYour first day will be May 3.');
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-05-03' }]);
  });
});

describe('a starting salary with a higher one after probation, in one sentence', () => {
  it('reads the starting salary as the base', () => {
    const reading = read(
      'Your starting salary will be $60,000 per year, rising to $66,000 on successful completion of your probation.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 60000 }]);
  });

  it('still lists a rise that is not tied to probation', () => {
    const reading = read(
      'Your starting salary will be $60,000 per year, rising to $66,000 in your second year.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });
});
