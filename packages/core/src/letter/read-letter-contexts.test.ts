import { describe, expect, it } from 'vitest';
import { readLetter } from './read-letter';

// Kinds of context the clean first runs on held-out sets 5 and 6 exposed. The sentences are
// written for these tests (never copied from eval/letters, which only measures), in wordings other
// than the letters', so the rules are checked as kinds of context, not as one letter's phrasing.
const now = new Date('2026-11-05T10:00:00Z');
const read = (text: string, language?: 'en' | 'de') =>
  readLetter(text, { now, ...(language ? { language } : {}) });
const values = (text: string, key: string, language?: 'en' | 'de') =>
  read(text, language)
    .fields.filter((f) => f.value.key === key)
    .map((f) => f.value);
const held = (text: string, key: string) => read(text).conflicts.filter((c) => c.key === key);

describe('money given to help with a move', () => {
  it('reads a one-time payment "to help you with your relocation" as relocation, not a sign-on', () => {
    const text =
      'To help you with your relocation to Denver, the Company will make a one-time payment of $12,500 after your start.';
    expect(values(text, 'signOn')).toEqual([]);
    expect(values(text, 'relocation')).toEqual([{ key: 'relocation', lumpSum: 12500 }]);
  });

  it('still reads a plain one-time payment as a sign-on', () => {
    expect(values('You will receive a one-time payment of $9,000 on joining.', 'signOn')).toEqual([
      { key: 'signOn', amount: 9000 },
    ]);
  });

  it('lists, not guesses, money called a signing bonus that is given to assist with a move', () => {
    const text =
      'To assist you with your move to Leeds, you will receive a signing bonus of $8,000.';
    expect(values(text, 'signOn')).toEqual([]);
    expect(held(text, 'signOn')[0]?.reason).toMatch(/help with a move/);
  });
});

describe('restricted stock bought outright', () => {
  const text =
    'You may purchase 120,000 shares of Common Stock at $0.01 per share under a stock purchase agreement, subject to the Company’s right of repurchase (the “Repurchase Option”), which lapses over four years.';

  it('never reads it as a stock option, even beside a "Repurchase Option"', () => {
    expect(
      values(text.replace('You may purchase', 'You will have the right to purchase'), 'equity'),
    ).toEqual([]);
  });

  it('lists it to check with the reason in words', () => {
    const [listed] = held(
      text.replace('You may purchase', 'You will have the right to purchase'),
      'equity',
    );
    expect(listed?.reason).toMatch(/buy outright.*restricted stock/);
    expect(listed?.mentions[0]?.label).toBe('120,000 shares');
  });

  it('reads the lapse of the buy-back right as the vesting schedule', () => {
    const text =
      'You will have the right to purchase 80,000 shares at $0.01 per share, subject to a right of repurchase by the Company, which right shall lapse as to one-fourth of the shares on the first anniversary of your start date, with the remaining shares being released from it in equal monthly installments over the next 36 months.';
    expect(values(text, 'vesting')).toEqual([
      expect.objectContaining({ cliffMonths: 12, totalMonths: 48, cadence: 'monthly' }),
    ]);
  });

  it('takes "the remaining … over 24 months" after a cliff as the part after it', () => {
    expect(
      values(
        'One third of the options vest after one year and the remaining two thirds vest monthly over 24 months.',
        'vesting',
      ),
    ).toEqual([expect.objectContaining({ cliffMonths: 12, totalMonths: 36, cadence: 'monthly' })]);
  });

  it('still reads an option to purchase shares as options', () => {
    expect(
      values('You will be granted an option to purchase 40,000 shares of Common Stock.', 'equity'),
    ).toEqual([{ key: 'equity', kind: 'option', shares: 40000 }]);
  });
});

describe('a reply date and a start date in one sentence', () => {
  it('tells them apart by their own cue words', () => {
    const reading = read(
      'March 2, 2027\n\nDear Ana,\n\nShould you sign this letter by March 9, 2027, we will employ you as Controller effective as of April 12, 2027.',
    );
    expect(reading.fields.filter((f) => f.value.key === 'startDate').map((f) => f.value)).toEqual([
      { key: 'startDate', date: '2027-04-12' },
    ]);
    expect(reading.fields.filter((f) => f.value.key === 'deadline').map((f) => f.value)).toEqual([
      { key: 'deadline', date: '2027-03-09' },
    ]);
    expect(reading.conflicts.filter((c) => c.key === 'startDate')).toEqual([]);
  });

  it('does the same when the sentence opens with "If you accept"', () => {
    const reading = read(
      'If you accept these terms by June 4, 2027, your employment with us will start on July 1, 2027.',
    );
    expect(reading.fields.filter((f) => f.value.key === 'startDate').map((f) => f.value)).toEqual([
      { key: 'startDate', date: '2027-07-01' },
    ]);
    expect(reading.fields.filter((f) => f.value.key === 'deadline').map((f) => f.value)).toEqual([
      { key: 'deadline', date: '2027-06-04' },
    ]);
  });
});

describe('start dates that may move', () => {
  it('holds "or such later date as may be agreed" with the reason in words', () => {
    const text =
      'Your employment will commence on 3 May 2027 or such later date as may be agreed in writing.';
    expect(values(text, 'startDate')).toEqual([]);
    const [listed] = held(text, 'startDate');
    expect(listed?.gate).toBe('date-unsure');
    expect(listed?.reason).toMatch(/may move later \("or such later date as may be agreed/);
  });

  it('holds "on or about" with the reason in words', () => {
    const text = 'We expect you to start on or about June 14, 2027.';
    expect(values(text, 'startDate')).toEqual([]);
    expect(held(text, 'startDate')[0]?.reason).toMatch(/"on or about"/);
  });

  it('keeps a start date with only "or another date we agree"', () => {
    expect(
      values('Your start date will be June 14, 2027, or another date we agree.', 'startDate'),
    ).toEqual([{ key: 'startDate', date: '2027-06-14' }]);
  });
});

describe('promotion, retention and amendment letters', () => {
  it('reads "sign and return by" phrased as "signing and returning … by" as the deadline', () => {
    expect(
      values(
        'Please confirm the new terms by signing and returning this letter to your manager by 12 April 2027.',
        'deadline',
      ),
    ).toEqual([{ key: 'deadline', date: '2027-04-12' }]);
  });

  it('reads "this offer … expires on" with a bracketed, filled-in day', () => {
    expect(
      values('The Company’s offer of this retention plan expires on June [15], 2027.', 'deadline'),
    ).toEqual([{ key: 'deadline', date: '2027-06-15' }]);
  });

  it('takes a defined name "Signing Bonus" over the longer clause before the figure', () => {
    const text =
      'The Company will pay you a one-time loyalty bonus of $30,000 (the “Signing Bonus”) within 30 days.';
    expect(values(text, 'signOn')).toEqual([{ key: 'signOn', amount: 30000 }]);
    expect(values(text, 'bonus')).toEqual([]);
  });

  it('reads a table row of its own without the condition of the row above it', () => {
    const text =
      '| 1. | You may earn a yearly bonus of up to $10,000, pro-rated if applicable. |\n| 2. | The Company will pay you a one-time stay bonus of $20,000 (the “Signing Bonus”). |';
    expect(values(text, 'signOn')).toEqual([{ key: 'signOn', amount: 20000 }]);
  });

  it('reads a "starting bonus" as a sign-on', () => {
    expect(
      values('On your first day you will be paid a starting bonus of $6,000.', 'signOn'),
    ).toEqual([{ key: 'signOn', amount: 6000 }]);
  });

  it('reads an amended salary "increased to $X"', () => {
    expect(
      values(
        'Amendment No. 2. Effective January 1, 2028, your annual base salary is increased to $212,000.',
        'base',
      ),
    ).toEqual([{ key: 'base', amount: 212000, period: 'annual', annual: 212000, currency: 'USD' }]);
  });

  it('takes "($X annualized)" after a monthly figure as the yearly base', () => {
    expect(
      values(
        'Your salary shall be $15,000 ($180,000 annualized) per month, paid on our usual schedule.',
        'base',
      ),
    ).toEqual([{ key: 'base', amount: 180000, period: 'annual', annual: 180000, currency: 'USD' }]);
  });

  it('reads "paychecks for the monthly rate of" with its yearly total', () => {
    expect(
      values(
        'You will get bi-weekly paychecks for the monthly rate of $4,000, which comes to $48,000 on an annual basis.',
        'base',
      ),
    ).toEqual([{ key: 'base', amount: 48000, period: 'annual', annual: 48000, currency: 'USD' }]);
  });
});

describe('monthly salaries', () => {
  it('annualises "£3,200 per month" × 12 and says so', () => {
    const [field] = read('Your salary will be £3,200 per month, paid in arrears.').fields.filter(
      (f) => f.value.key === 'base',
    );
    expect(field?.value).toEqual({
      key: 'base',
      amount: 3200,
      period: 'monthly',
      annual: 38400,
      currency: 'GBP',
    });
    expect(field?.how).toBe('£3,200 a month × 12 months');
  });

  it('counts a 13th monthly salary, and not a small benefit beside it', () => {
    const [field] = read(
      'The employee receives a monthly gross salary of 6.100,50 Euro plus capital-forming benefits of 27 Euro and a 13th monthly salary paid in November.',
    ).fields.filter((f) => f.value.key === 'base');
    expect(field?.value).toEqual({
      key: 'base',
      amount: 6100.5,
      period: 'monthly',
      annual: 79306.5,
      currency: 'EUR',
    });
    expect(field?.how).toMatch(/× 13 months \(the contract names "13th monthly salary"\)/);
  });
});

describe('German companies: bilingual contracts and day-first dates', () => {
  it('reads a bilingual start clause once, from both columns', () => {
    const text = [
      'Arbeitsvertrag / Employment Agreement',
      '§ 1 Die Mitarbeiterin tritt am 2 August 2027 in die Dienste der Firma ein.',
      '§ 1 The employee shall enter into employment with the firm on 2 August 2027.',
      '§ 2 Das Monatsgehalt beträgt 7.000 Euro brutto. / The monthly salary is 7.000 Euro gross.',
    ].join('\n');
    const reading = read(text, 'de');
    expect(reading.fields.filter((f) => f.value.key === 'startDate').map((f) => f.value)).toEqual([
      { key: 'startDate', date: '2027-08-02' },
    ]);
    expect(reading.fields.filter((f) => f.value.key === 'base').map((f) => f.value)).toEqual([
      { key: 'base', amount: 7000, period: 'monthly', annual: 84000, currency: 'EUR' },
    ]);
    expect(reading.conflicts.filter((c) => c.key === 'startDate' || c.key === 'base')).toEqual([]);
  });

  it('reads 03.04.2027 day-first in an English contract of a German company', () => {
    const text =
      'SERVICE AGREEMENT\nbetween Nordlicht GmbH and Mr Weber\nMr Weber takes up the post of Head of Finance with effect from 03.04.2027.';
    expect(values(text, 'startDate', 'en')).toEqual([{ key: 'startDate', date: '2027-04-03' }]);
  });

  it('does not read a section number such as 3.2.10 as a date', () => {
    expect(
      values(
        'Your employment will start as set out in clause 3.2.10 of the handbook.',
        'startDate',
        'en',
      ),
    ).toEqual([]);
  });

  it('still holds an appointment with effect from a date in a letter that is not a contract', () => {
    const text = 'Dear Mr Weber,\nWith effect from 03.04.2027 you are appointed Head of Finance.';
    expect(values(text, 'startDate', 'en')).toEqual([]);
  });
});
