import { describe, expect, it } from 'vitest';
import { moneyIn } from './money';
import { read, proposed as value } from './reading.test-helper';
import { vestingIn } from './vesting-words';

// Rules added after held-out set 3's clean run, each tried on sentences written for this file
// (never taken from eval/letters, which only measures).

describe('hard-wrapped letters', () => {
  it('keeps a sentence whole when short lines wrap it mid-clause', () => {
    const reading = read(
      'Dear\nSam,\nYour\nsalary will be $9,000\nCDN per month.\nYou will be granted an option for 4,500\nshares of our stock.',
    );
    expect(value(reading, 'base')).toMatchObject([
      { key: 'base', period: 'monthly', annual: 108000, currency: 'CAD' },
    ]);
    expect(value(reading, 'equity')).toEqual([{ key: 'equity', kind: 'option', shares: 4500 }]);
  });

  it('still ends a short letterhead line before a capitalised one', () => {
    const reading = read(
      'Acme Ltd\nMarch 3, 2027\nDear Sam,\nYour salary will be $80,000 per year.',
    );
    expect(value(reading, 'base')).toMatchObject([{ annual: 80000 }]);
  });
});

describe('Canadian dollars', () => {
  it('reads CDN after an amount and before it', () => {
    expect(moneyIn('capped at $40,000.00 CDN in all')[0]?.currency).toBe('CAD');
    expect(moneyIn('a bonus of CDN$5,000')[0]?.currency).toBe('CAD');
    expect(moneyIn('a bonus of $5,000 this year')[0]?.currency).toBe('USD');
  });
});

describe('pay periods', () => {
  it('takes "an annualized rate of $X paid twice monthly" as a yearly figure', () => {
    expect(
      value(read('You will be paid at an annualized rate of $96,000 paid twice monthly.'), 'base'),
    ).toMatchObject([{ period: 'annual', annual: 96000 }]);
  });

  it('reads "(annualized to $X/yr)" after a bi-weekly figure', () => {
    expect(
      value(read('Base Salary: $4,000 Bi-Weekly (annualized to $104,000/yr).'), 'base'),
    ).toMatchObject([{ annual: 104000 }]);
  });

  it('does not take commissions named after a figure for a second base', () => {
    const reading = read(
      'You will receive a base salary of $70,000 per year and can earn an additional $30,000 annually in commissions.',
    );
    expect(value(reading, 'base')).toMatchObject([{ annual: 70000 }]);
    expect(reading.conflicts.filter((c) => c.key === 'base')).toEqual([]);
  });

  it('takes the pro-rated salary of a part-time role, not the full-time one', () => {
    const reading = read(
      'Your full-time annual salary of £60,000 will be pro-rated to £36,000 for three days a week.',
    );
    expect(value(reading, 'base')).toMatchObject([{ annual: 36000 }]);
  });
});

describe('sign-on', () => {
  it('takes a one-time bonus paid on accepting as the sign-on', () => {
    expect(
      value(
        read(
          'You will receive a one-time\ntaxable bonus of $7,500 payable within 30 days of accepting this offer.',
        ),
        'signOn',
      ),
    ).toMatchObject([{ amount: 7500 }]);
  });
});

describe('start dates', () => {
  it('does not take the effective date of a pay change for a start', () => {
    const reading = read(
      'You will also receive a monthly stipend of $500, effective as of March 1, 2027, while you lead the team.',
    );
    expect(value(reading, 'startDate')).toEqual([]);
  });

  it('lists, not proposes, the start of a promotion or an extra role', () => {
    const promotion = read(
      'We are pleased to offer you this promotion to Head of Sales. Your start date is 2 Aug 2027.',
    );
    expect(value(promotion, 'startDate')).toEqual([]);
    expect(promotion.conflicts.map((c) => c.key)).toContain('startDate');
    const extra = read(
      'This is a temporary assignment in addition to your current duties, starting on May 3, 2027.',
    );
    expect(value(extra, 'startDate')).toEqual([]);
  });

  it('still proposes the start in a new hire letter', () => {
    expect(value(read('Your start date will be June 7, 2027.'), 'startDate')).toEqual([
      { key: 'startDate', date: '2027-06-07' },
    ]);
  });
});

describe('equity counts', () => {
  it('reads a count in millions', () => {
    expect(
      value(
        read('You will be granted options to purchase 2.5 million shares of common stock.'),
        'equity',
      ),
    ).toEqual([{ key: 'equity', kind: 'option', shares: 2_500_000 }]);
  });

  it('reads a count under a heading that names the kind', () => {
    expect(
      value(read('Equity:\nRestricted Stock Units: 12,000 - a one-time new hire grant'), 'equity'),
    ).toEqual([{ key: 'equity', kind: 'rsu', shares: 12000 }]);
  });
});

describe('vesting', () => {
  const schedule = (sentence: string) => {
    const r = vestingIn(sentence);
    return r?.kind === 'schedule'
      ? { cliff: r.reading.cliffMonths, total: r.reading.totalMonths, cadence: r.reading.cadence }
      : r;
  };

  it('reads a cliff stated as "vesting twelve (12) months after the grant date"', () => {
    expect(
      schedule(
        'The option vests over three (3) years, with one third vesting twelve (12) months after the grant date and the rest monthly.',
      ),
    ).toEqual({ cliff: 12, total: 36, cadence: 'monthly' });
  });

  it('reads a grant vesting in full on one anniversary', () => {
    expect(schedule('The units vest in full on the first anniversary of the grant date.')).toEqual({
      cliff: 12,
      total: 12,
      cadence: undefined,
    });
  });

  it('reads equal tranches at the end of year 1, year 2 …', () => {
    expect(
      schedule(
        'The options vest in 4 equal tranches at the end of year 1, year 2, year 3 and year 4.',
      ),
    ).toEqual({ cliff: 12, total: 48, cadence: 'annual' });
  });

  it('finishes a schedule from the sentences that go on about it', () => {
    const reading = read(
      'Your options will vest over 3 years. There is a one year cliff. Thereafter, the options vest monthly.',
    );
    expect(value(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 36, cadence: 'monthly' },
    ]);
  });

  it('finishes a schedule from the list its colon introduces', () => {
    const reading = read(
      'The units will vest over a period of 36 months as follows:\n· 12/36 at one year after your date of hire\n· 1/36 per month thereafter',
    );
    expect(value(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 36, cadence: 'monthly' },
    ]);
  });
});

describe('sign-on choices', () => {
  it('lists a one-time bonus offered as one of two options instead of choosing it', () => {
    const reading = read(
      'Your signing incentive is one of the following options, which you must elect on accepting: 1) a one-time bonus of $40,000 paid on your first day, or 2) an extra 10,000 options.',
    );
    expect(value(reading, 'signOn')).toEqual([]);
    expect(reading.conflicts.map((c) => c.key)).toContain('signOn');
  });
});

// Rules added after held-out set 4's clean run, on sentences written for them.
describe('set 4 wording', () => {
  it('never reads a number of hours as a date', () => {
    expect(
      value(
        read('On your first day of employment, 80 hours will be added to your leave.'),
        'startDate',
      ),
    ).toEqual([]);
  });

  it('reads the word "Euro" before an amount', () => {
    expect(moneyIn('Euro 90,000 gross per year')[0]).toMatchObject({
      amount: 90000,
      currency: 'EUR',
    });
  });

  it('reads a cliff written "after one (1) year"', () => {
    expect(
      vestingIn('Vesting occurs over 36 months, 1/3 after one (1) year and monthly thereafter.'),
    ).toMatchObject({
      kind: 'schedule',
      reading: { cliffMonths: 12, totalMonths: 36, cadence: 'monthly' },
    });
  });

  it('takes "25% per year from the first anniversary" as four years', () => {
    expect(
      vestingIn(
        'The options vest at a rate of 25% per year, beginning on the first anniversary of the grant.',
      ),
    ).toMatchObject({
      kind: 'schedule',
      reading: { cliffMonths: 12, totalMonths: 48, cadence: 'annual' },
    });
  });

  it('reads a count written in words with the digits in brackets', () => {
    expect(
      value(
        read(
          'You will be granted an option to purchase ten thousand (10,000) shares of common stock.',
        ),
        'equity',
      ),
    ).toEqual([{ key: 'equity', kind: 'option', shares: 10000 }]);
  });

  it('finds the pay period after a bracketed aside', () => {
    expect(
      value(
        read(
          'Your salary will be paid at the rate of $3,000.00 (before any deductions you ask for) semi-monthly.',
        ),
        'base',
      ),
    ).toMatchObject([{ period: 'pay-period' }]);
  });
});

describe('a pay-period figure beside a yearly one', () => {
  it('agrees with the yearly figure it rounds to, so nothing conflicts', () => {
    const reading = read(
      'Your salary will be at an annualized rate of $100,000 per year. It will be paid semi-monthly ($4,166.67) in equal installments.',
    );
    expect(value(reading, 'base')).toMatchObject([{ annual: 100000 }]);
    expect(reading.conflicts.filter((c) => c.key === 'base')).toEqual([]);
  });
});
