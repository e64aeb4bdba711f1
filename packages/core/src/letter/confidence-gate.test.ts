import { describe, expect, it } from 'vitest';
import { gateVerdict } from './confidence-gate';
import { evidenceFor, sentencesOf } from './evidence';
import type { LetterField, LetterValue } from './read-letter';
import { held, proposed, read } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). Each
// rule of the gate is shown holding a doubtful mention back, and each field is shown still
// proposed when the sentence is plain.

describe('confidence gate: plain sentences are still proposed', () => {
  it('proposes base, currency, start, sign-on, grant and schedule from an ordinary letter', () => {
    const reading = read(
      [
        'Dear Noor,',
        'If you accept this offer, your annual base salary will be $140,000.',
        'Your start date will be March 2, 2027.',
        'You will receive a sign-on bonus of $20,000.',
        'You will be granted an option to purchase 12,000 shares, vesting over four years with a one-year cliff and monthly thereafter.',
      ].join('\n'),
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 140000 }]);
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-02' }]);
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 20000 }]);
    expect(proposed(reading, 'equity')).toMatchObject([{ kind: 'option', shares: 12000 }]);
    expect(proposed(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 48, cadence: 'monthly' },
    ]);
    expect(reading.conflicts.filter((c) => c.gate)).toEqual([]);
  });
});

describe('confidence gate: doubtful mentions are listed with the reason', () => {
  it('holds a cut salary back (change)', () => {
    const reading = read(
      'While the hiring freeze lasts, your annual salary will be cut to $150,000.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
    const conflict = held(reading, 'base');
    expect(conflict?.gate).toBe('change');
    expect(conflict?.reason).toMatch(/^Base salary not proposed: the sentence changes a figure/);
    expect(conflict?.mentions[0]?.evidence.quote).toContain('$150,000');
  });

  it('holds a sum that is only paid in a named case (condition)', () => {
    const reading = read(
      'In the event that the company ends your employment without cause, your base salary of $90,000 a year will continue for six months.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
    expect(held(reading, 'base')?.gate).toBe('condition');
  });

  it('does not treat "if you decide to join us" as a condition, but does "and are able to"', () => {
    expect(
      proposed(read('If you decide to join us, your annual base salary will be $128,000.'), 'base'),
    ).toMatchObject([{ annual: 128000 }]);
    const reading = read(
      'If you accept this offer and are free to start by May, your annual base salary will be $128,000.',
    );
    expect(held(reading, 'base')?.gate).toBe('condition');
  });

  it('holds a small salary figure with no period written (period-unstated)', () => {
    const small = read('Salary: $18,500\nWe look forward to working with you.');
    expect(proposed(small, 'base')).toEqual([]);
    expect(held(small, 'base')?.reason).toMatch(/a year, a month or a pay period/);
    // A figure too large to be a month's pay is a year's.
    expect(proposed(read('Salary: $95,000\nWe look forward to it.'), 'base')).toMatchObject([
      { annual: 95000 },
    ]);
  });

  it('holds a start date in a letter to someone already employed (current-role)', () => {
    const reading = read(
      'You will move from your current position as Analyst to Team Lead. Your start date as Team Lead is 1 March 2027.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('current-role');
  });

  it('holds the date a new title takes effect (effective-only)', () => {
    const reading = read('With effect from 1 March 2027 you are appointed Head of Sales.');
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.gate).toBe('effective-only');
  });

  it('holds an approximate start date (date-unsure)', () => {
    const reading = read('Your first day of employment will be on or about March 2, 2027.');
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(held(reading, 'startDate')?.reason).toMatch(/on or about/);
  });

  it('holds a day the offer lapses on unless you join by it (date-unsure)', () => {
    const asReply = read(
      'Please sign and return this letter. This offer is valid upon your joining us on or before 12 June 2026.',
    );
    expect(proposed(asReply, 'deadline')).toEqual([]);
    expect(proposed(asReply, 'startDate')).toEqual([]);
    expect(held(asReply, 'deadline')?.reason).toMatch(/latest day to join/);
  });

  it('still proposes a reply date and a start that are not tied to joining', () => {
    const reading = read(
      'This offer is valid until 5 June 2026. Your date of joining will be 12 June 2026.',
    );
    expect(proposed(reading, 'deadline')).toMatchObject([{ date: '2026-06-05' }]);
    expect(proposed(reading, 'startDate')).toMatchObject([{ date: '2026-06-12' }]);
  });

  it('holds the currency when amounts are in two currencies and no base names one (mixed-currency)', () => {
    const reading = read(
      'You will receive a relocation allowance of €8,000. You will also receive a sign-on bonus of US$10,000.',
    );
    expect(proposed(reading, 'currency')).toEqual([]);
    expect(held(reading, 'currency')?.reason).toMatch(/more than one currency \(EUR, USD\)/);
  });

  it('keeps the currency the letter says the pay is made in when another currency appears', () => {
    const reading = read(
      'Your annual base salary will be £64,000, paid in pounds sterling. We will reimburse your flight from Boston up to US$1,500.',
    );
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'GBP' }]);
  });

  it('holds the currency when only the base is in one of two currencies (mixed-currency)', () => {
    const reading = read(
      'Your annual base salary will be £64,000. We will reimburse your flight from Boston up to US$1,500.',
    );
    expect(proposed(reading, 'currency')).toEqual([]);
    expect(proposed(reading, 'base')).toMatchObject([{ amount: 64000, currency: 'GBP' }]);
    expect(held(reading, 'currency')?.reason).toMatch(/more than one currency \(GBP, USD\)/);
  });

  it('does not treat board approval of a grant as a condition', () => {
    const reading = read(
      'If approved by the Board, you will be granted an option to purchase 30,000 shares of common stock.',
    );
    expect(proposed(reading, 'equity')).toMatchObject([{ kind: 'option', shares: 30000 }]);
  });

  it('holds a bare $ in a letter that names Canada, not a written US$ (unnamed-dollar)', () => {
    const bare = read(
      'Your annual base salary will be $120,000. You will work in our Toronto office.',
    );
    expect(proposed(bare, 'currency')).toEqual([]);
    expect(held(bare, 'currency')?.gate).toBe('unnamed-dollar');
    const named = read(
      'Your annual base salary will be US$120,000. You will work in our Toronto office.',
    );
    expect(proposed(named, 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
  });

  it('holds a salary when another mention of it could not be read (other-mention)', () => {
    const reading = read(
      'During training your wage is $32 per hour. After training your annual base salary will be $90,000.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
    expect(held(reading, 'base')?.gate).toBe('other-mention');
  });
});

// Rules whose wrong readings the reader no longer makes on our own sentences are checked on a
// reading built by hand, as the reader of a new wording might produce it.
function field(text: string, value: LetterValue, mark: string): LetterField {
  const start = text.indexOf(mark);
  const [sentence] = sentencesOf(text).filter((s) => s.start <= start && start < s.end);
  if (!sentence) throw new Error('mark not in text');
  return {
    value,
    evidence: evidenceFor(text, sentence, start, start + mark.length),
    confidence: 0.8,
    how: 'built for a test',
  };
}
const verdict = (text: string, f: LetterField, others: LetterField[] = []) =>
  gateVerdict(f, text, sentencesOf(text), [], [f, ...others]);

describe('confidence gate: readings a new wording might produce', () => {
  it('holds a yearly base smaller than another figure in its sentence (competing-figure)', () => {
    const text = 'Your base salary is $520,000, paid every two weeks ($20,000 annualized).';
    const base = field(
      text,
      { key: 'base', amount: 20000, period: 'annual', annual: 20000, currency: 'USD' },
      '$20,000',
    );
    expect(verdict(text, base)?.rule).toBe('competing-figure');
  });

  it('keeps a pro-rated salary beside its full-time figure', () => {
    const text = 'Your full-time annual salary of £90,000 will be pro-rated to £54,000 a year.';
    const base = field(
      text,
      { key: 'base', amount: 54000, period: 'annual', annual: 54000, currency: 'GBP' },
      '£54,000',
    );
    expect(verdict(text, base)).toBeUndefined();
  });

  it('holds a monthly reading of a figure called yearly', () => {
    const text = 'You will be paid at an annualized rate of $96,000 twice monthly.';
    const base = field(
      text,
      { key: 'base', amount: 96000, period: 'monthly', annual: 1152000, currency: 'USD' },
      '$96,000',
    );
    expect(verdict(text, base)?.rule).toBe('period-unstated');
  });

  it('holds a count of units that vest on a date (tranche)', () => {
    const text = 'Of your award, 2,500 RSUs will vest on June 1, 2028.';
    const grant = field(text, { key: 'equity', kind: 'rsu', shares: 2500 }, '2,500 RSUs');
    expect(verdict(text, grant)?.rule).toBe('tranche');
  });

  it('holds the parts of a larger grant named in the same paragraph (tranche)', () => {
    const text =
      'You will receive 90,000 options in all: 60,000 options when you join and 30,000 options a year later.';
    const all = field(text, { key: 'equity', kind: 'option', shares: 90000 }, '90,000 options');
    const first = field(text, { key: 'equity', kind: 'option', shares: 60000 }, '60,000 options');
    const later = field(text, { key: 'equity', kind: 'option', shares: 30000 }, '30,000 options');
    expect(verdict(text, first, [all, first, later])?.why).toContain('grant of 90,000 options');
    expect(verdict(text, later, [all, first, later])?.rule).toBe('tranche');
    expect(verdict(text, all, [all, first, later])).toBeUndefined();
  });

  it('keeps grants of another kind, or in another paragraph, beside a larger one', () => {
    const text =
      'You will receive 90,000 options and 20,000 RSUs.\n\nAfter a year you will receive 30,000 options.';
    const options = field(text, { key: 'equity', kind: 'option', shares: 90000 }, '90,000 options');
    const units = field(text, { key: 'equity', kind: 'rsu', shares: 20000 }, '20,000 RSUs');
    const later = field(text, { key: 'equity', kind: 'option', shares: 30000 }, '30,000 options');
    const all = [options, units, later];
    expect(verdict(text, units, all)).toBeUndefined();
    expect(verdict(text, later, all)).toBeUndefined();
  });

  it('keeps grants of one kind whose smaller ones add up to more than the largest', () => {
    const text =
      'You will receive 50,000 options when you join, 30,000 options after a year and 25,000 options after two.';
    const grants = [50000, 30000, 25000].map((shares) =>
      field(
        text,
        { key: 'equity', kind: 'option', shares },
        `${shares.toLocaleString('en-US')} options`,
      ),
    );
    for (const grant of grants) expect(verdict(text, grant, grants)).toBeUndefined();
  });

  it('holds a percentage that restates a counted grant (competing-figure)', () => {
    const text =
      'You will be granted options over 40,000 shares (about 0.8% of the outstanding shares).';
    const count = field(text, { key: 'equity', kind: 'option', shares: 40000 }, '40,000 shares');
    const pct = field(text, { key: 'equity', kind: 'option', percent: 0.8 }, '0.8%');
    expect(verdict(text, pct, [count])?.rule).toBe('competing-figure');
    expect(verdict(text, count, [pct])).toBeUndefined();
  });

  const schedule = (cliffMonths: number | undefined, totalMonths: number, cadence?: 'monthly') =>
    ({
      key: 'vesting',
      totalMonths,
      schedulePct: [],
      words: 'built for a test',
      ...(cliffMonths !== undefined ? { cliffMonths } : {}),
      ...(cadence ? { cadence } : {}),
    }) as LetterValue;

  it('holds a schedule whose cliff or cadence was not read (schedule-incomplete)', () => {
    const cliff =
      'The options vest over 48 months, one fourth of them twelve months after the grant.';
    expect(verdict(cliff, field(cliff, schedule(undefined, 48), 'vest'))?.rule).toBe(
      'schedule-incomplete',
    );
    const listed =
      'Your units vest over 48 months as follows:\n\n• 12/48 at one year\n\n• 1/48 monthly after that';
    expect(verdict(listed, field(listed, schedule(undefined, 48), 'vest'))?.rule).toBe(
      'schedule-incomplete',
    );
    const cadence = 'The grant vests 25% after one year. The remaining shares vest quarterly.';
    expect(verdict(cadence, field(cadence, schedule(12, 48), 'vests'))?.rule).toBe(
      'schedule-incomplete',
    );
  });

  it('holds a schedule whose numbers disagree (schedule-inconsistent)', () => {
    const text =
      '25% vests after one year and 1/48 each month thereafter, over a three year period.';
    expect(verdict(text, field(text, schedule(12, 36, 'monthly'), 'vests'))?.rule).toBe(
      'schedule-inconsistent',
    );
    // 1/36 of the remainder after a 12-month cliff fits 48 months.
    const remainder =
      'It vests 25% at the end of the first year and 1/36 of the remaining balance each month for 36 months.';
    expect(
      verdict(remainder, field(remainder, schedule(12, 48, 'monthly'), 'vests')),
    ).toBeUndefined();
  });

  it('holds a "date" that names no month and a yearless date when the letter has no date', () => {
    const text = 'Your start date is in 160 hours.';
    const date = field(text, { key: 'startDate', date: '2026-11-12' }, '160 hours');
    expect(verdict(text, date)?.rule).toBe('date-unsure');
    const yearless = 'Your start date is March 2.';
    const guess = field(yearless, { key: 'startDate', date: '2027-03-02' }, 'March 2');
    expect(verdict(yearless, guess)?.why).toMatch(/no year written/);
  });
});

describe('confidence gate: ordinary wordings that look like its rules', () => {
  it('keeps a grant said to vest over years (not a tranche)', () => {
    const reading = read(
      'You will be granted 8,000 RSUs that vest over four years, 25% after your first year and then quarterly.',
    );
    expect(proposed(reading, 'equity')).toMatchObject([{ kind: 'rsu', shares: 8000 }]);
    expect(held(reading, 'equity')).toBeUndefined();
  });

  it('reads the vesting share, not the share of the company, against the cliff', () => {
    const reading = read(
      'You will receive an option to purchase 30,000 shares (roughly 0.3% of the fully diluted shares), vesting over four years with a one-year cliff and monthly thereafter.',
    );
    expect(proposed(reading, 'vesting')).toMatchObject([
      { cliffMonths: 12, totalMonths: 48, cadence: 'monthly' },
    ]);
  });

  it('keeps US dollars in a letter from New Mexico or to someone called Sydney', () => {
    for (const text of [
      'Dear Sydney,\nYour annual base salary will be $104,000.',
      'You will work at our Santa Fe, New Mexico site. Your annual base salary will be $104,000.',
    ]) {
      expect(proposed(read(text), 'currency')).toEqual([{ key: 'currency', code: 'USD' }]);
    }
  });

  it('keeps the start date when a new hire is asked to give notice in their current role', () => {
    const reading = read(
      'Dear Ines,\nWe are delighted to offer you the role of Buyer. Your start date will be April 12, 2027.\n\nOnce you have signed, you may give notice in your current role.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-04-12' }]);
  });

  it('keeps a named signing bonus whose repayment starts with "should you leave"', () => {
    const reading = read(
      'You will receive a signing bonus of $12,000, payable within 30 days of your start date; should you leave within one year, the full amount is due back.',
    );
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 12000 }]);
    expect(held(reading, 'signOn')).toBeUndefined();
  });
});
