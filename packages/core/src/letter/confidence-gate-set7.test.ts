import { describe, expect, it } from 'vitest';
import { held, proposed, read } from './reading.test-helper';
import { vestingIn } from './vesting-words';

// Kinds of context the clean first run on held-out set 7 exposed in the softer fields (sign-on,
// start date, vesting). The sentences are written for these tests (never copied from eval/letters,
// which only measures), in other wordings than the letters', so each rule is checked as a kind of
// context. A wrong value is worse than none: each doubtful mention must be listed to check with a
// reason, and the plain wording beside it must still be proposed.

describe('sign-on: only a payment called a signing bonus or paid on joining', () => {
  it('holds a one-time bonus that depends on results named after the figure', () => {
    const reading = read(
      'You may also earn a one-time bonus of $15,000 if the Nordic region exceeds its sales plan for the first half of 2027.',
    );
    expect(proposed(reading, 'signOn')).toEqual([]);
    const conflict = held(reading, 'signOn');
    expect(conflict?.gate).toBe('condition');
    expect(conflict?.reason).toMatch(/^Signing bonus not proposed: the payment depends on results/);
    expect(conflict?.mentions[0]?.evidence.quote).toContain('$15,000');
  });

  it('holds a one-time payment tied to staying on, before or after the figure', () => {
    const after = read(
      'We will also pay you a one-time bonus of $40,000 if you remain employed with us through June 30, 2028.',
    );
    expect(proposed(after, 'signOn')).toEqual([]);
    expect(held(after, 'signOn')?.gate).toBe('retention');
    const named = read('As a retention incentive, you will receive a one-time bonus of $25,000.');
    expect(proposed(named, 'signOn')).toEqual([]);
    expect(held(named, 'signOn')?.gate).toBe('retention');
  });

  it('holds a one-time payment made months after joining', () => {
    const reading = read(
      'You will receive a one-time payment of $8,000 after nine months of service.',
    );
    expect(proposed(reading, 'signOn')).toEqual([]);
    expect(held(reading, 'signOn')?.gate).toBe('paid-later');
  });

  it('holds a one-time bonus that is neither called a signing bonus nor paid on joining', () => {
    const reading = read('The Company will pay you a one-time bonus of $12,000.');
    expect(proposed(reading, 'signOn')).toEqual([]);
    const conflict = held(reading, 'signOn');
    expect(conflict?.gate).toBe('unnamed-payment');
    expect(conflict?.reason).toMatch(/does not call the payment a signing bonus/);
  });

  it('still proposes a named signing bonus, with its repayment terms after it', () => {
    for (const sentence of [
      'You will receive a signing bonus of $18,000, which you must repay in full if you resign within 12 months of your start date.',
      'We will pay you a hiring bonus of $5,000.',
      'A sign-on bonus of $9,500 will be paid with your first paycheck.',
      'Sie erhalten eine Antrittsprämie von 7.000 EUR.',
    ])
      expect(proposed(read(sentence), 'signOn')).toHaveLength(1);
    expect(
      proposed(read('You will receive a one-time payment of $6,000 upon joining.'), 'signOn'),
    ).toMatchObject([{ amount: 6000 }]);
  });
});

describe('start date: an agreement’s effective date is not a start by itself', () => {
  it('holds the effective date of an agreement with no word that employment begins', () => {
    const reading = read(
      'Dear Mira,\nThe effective date of this letter agreement (the “Effective Date”) shall be as of March 3, 2027.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    const conflict = held(reading, 'startDate');
    expect(conflict?.gate).toBe('agreement-date');
    expect(conflict?.reason).toMatch(/takes effect/);
  });

  it('holds the day a retention period begins', () => {
    const reading = read(
      'Your retention period shall begin on June 1, 2027 (the “Effective Date”) and end when a new Chief Financial Officer is hired.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('agreement-date');
  });

  it('still proposes an effective date that says employment begins on it', () => {
    for (const sentence of [
      'Your employment under this agreement will commence on March 3, 2027 (the “Effective Date”).',
      'The effective date of your employment will be March 3, 2027.',
      'The Company will employ you effective as of March 3, 2027 (the “Effective Date”).',
    ])
      expect(proposed(read(sentence), 'startDate')).toEqual([
        { key: 'startDate', date: '2027-03-03' },
      ]);
  });

  it('holds a sentence that names a part-time and a full-time start', () => {
    const reading = read(
      'You will start on a part-time basis when you sign this letter, and your full-time employment will begin on April 5, 2027.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('two-starts');
  });
});

describe('vesting: only a schedule that vests this grant from the grant or the start', () => {
  it('holds vesting that continues through a severance period', () => {
    const reading = read(
      'You will be granted an option to purchase 20,000 shares. Should we end your employment in your first two years, the option will continue to vest monthly until the end of those two years.',
    );
    expect(proposed(reading, 'vesting')).toEqual([]);
    // Seen and listed for the person to check, not silently dropped.
    expect(reading.conflicts.map((c) => c.key)).toContain('vesting');
  });

  it('holds a schedule that counts from a financing or vests on revenue', () => {
    const financing = read(
      'You will be granted 40,000 restricted shares; 25% of them will vest on the first anniversary of the closing of the Company’s Series C financing and the rest in equal monthly installments over the following 36 months.',
    );
    expect(proposed(financing, 'vesting')).toEqual([]);
    expect(held(financing, 'vesting')?.gate).toBe('event-vesting');
    const anchor = read(
      'The option will vest as to 25% on the first anniversary of the Company’s product launch and monthly over the next 36 months thereafter.',
    );
    expect(proposed(anchor, 'vesting')).toEqual([]);
    expect(held(anchor, 'vesting')?.reason).toMatch(/product launch/);
  });

  it('still proposes a schedule from the start date that says vesting continues over a period', () => {
    const reading = read(
      'You will be granted an option to purchase 20,000 shares. One quarter of the shares will vest on the first anniversary of your start date and 1/48 will vest each month thereafter, so that vesting goes on for three more years.',
    );
    expect(proposed(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 48, cadence: 'monthly' },
    ]);
  });

  it('reads "ratably over the next N months" as monthly, but "ratably over N years" names no cadence', () => {
    const months = vestingIn(
      'Twenty-five percent of the option vests on the first anniversary of your start date and the rest vests ratably over the next thirty-six (36) months.',
    );
    expect(months?.kind === 'schedule' && months.reading).toMatchObject({
      cliffMonths: 12,
      totalMonths: 48,
      cadence: 'monthly',
    });
    const years = vestingIn('The units vest ratably over four years.');
    expect(years?.kind === 'schedule' && years.reading.cadence).toBeUndefined();
  });
});
