import { describe, expect, it } from 'vitest';
import { sentencesOf } from './evidence';
import { held, proposed, read } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). The
// families of wording held-out set 9 showed: term tables as PDF text extraction leaves them (one
// run of text without the table's lines), Indian cost-to-company figures, day-first dates.

const marked = (text: string, reading: ReturnType<typeof read>, key: string) =>
  reading.fields
    .filter((f) => f.value.key === key)
    .map((f) => (f.evidence.mark ? text.slice(f.evidence.mark.start, f.evidence.mark.end) : ''));

describe('a term table run into one line, one label per value', () => {
  const text =
    'Your terms are: Position: Head of Data Start Date: March 1, 2027 Base Salary: $210,000 per annum Signing Bonus: $40,000 Annual Bonus Target: 15% of Base Salary. We look forward to working with you.';

  it('reads each cell alone, so the figures no longer compete', () => {
    const reading = read(text);
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 210000 }]);
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 40000 }]);
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-01' }]);
    expect(held(reading, 'base')).toBeUndefined();
  });

  it('quotes the cell with its label and marks the value', () => {
    const reading = read(text);
    const base = reading.fields.find((f) => f.value.key === 'base');
    expect(base?.evidence.quote).toBe('Base Salary: $210,000 per annum');
    expect(marked(text, reading, 'signOn')).toEqual(['$40,000']);
  });

  it('leaves prose with fewer than three labels as one sentence', () => {
    const prose = 'Base Salary: your salary will be $90,000 per year, and the bonus $9,000.';
    expect(sentencesOf(prose)).toHaveLength(1);
  });
});

describe('a run of labels followed by as many values', () => {
  const text =
    'Location: Denver Position: Head of Data Base Salary: $210,000/year Signing Bonus: Equity Award Value: $40,000 $900,000 Start Date: TBD';

  it('pairs the values with the labels in order', () => {
    const reading = read(text);
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 210000 }]);
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 40000 }]);
    // An award of unnamed kind is no RSU or option grant.
    expect(proposed(reading, 'equity')).toEqual([]);
  });

  it('quotes the labels with the value and marks the value', () => {
    const reading = read(text);
    const signOn = reading.fields.find((f) => f.value.key === 'signOn');
    expect(signOn?.evidence.quote).toBe('Signing Bonus: Equity Award Value: $40,000');
    expect(marked(text, reading, 'signOn')).toEqual(['$40,000']);
  });

  it('pairs sums, a share of salary and a date by the kind each label takes', () => {
    const reading = read(
      'Position: Analyst Base Salary: Bonus Target: $120,000 per annum 10% of Base Salary Sign-On Bonus: Equity Award Value: Start Date: $15,000, payable in two parts $200,000 USD June 7, 2027 Our offer depends on satisfactory references.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 120000 }]);
    expect(proposed(reading, 'bonus')).toMatchObject([{ targetPct: 10 }]);
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 15000 }]);
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-06-07' }]);
  });

  it('pairs nothing when the run has more labels than values', () => {
    const reading = read(
      'Position: Analyst Base Salary: $120,000 per annum Sign-On Bonus: Relocation Bonus: $15,000 Start Date: TBD',
    );
    expect(proposed(reading, 'signOn')).toEqual([]);
    expect(proposed(reading, 'relocation')).toEqual([]);
  });

  it('pairs nothing when a value is not of the kind its label takes', () => {
    const reading = read(
      'Position: Analyst Base Salary: $120,000 per annum Start Date: Sign-On Bonus: $15,000 June 7, 2027',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
  });
});

describe('a cost to company (CTC) with a fixed part inside it', () => {
  it('reads the fixed component, not the CTC that holds it', () => {
    const reading = read(
      'The Annual Cost To Company for you is INR 4,80,000/- (Rupees Four Lakhs Eighty Thousand Only); it includes a fixed component of INR 4,20,000/- (Rupees Four Lakhs Twenty Thousand Only) and a variable component of INR 60,000/-.',
    );
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 420000, annual: 420000, currency: 'INR' },
    ]);
    expect(held(reading, 'base')).toBeUndefined();
  });

  it('reads a base component out of the total CTC paid in twelve instalments', () => {
    const reading = read(
      'Base component of ₹390,000/- within the total CTC (₹450,000/-), paid in twelve equal monthly instalments.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 390000 }]);
  });

  it('reads an annual remuneration beside a larger total CTC in another sentence', () => {
    const reading = read(
      'Your annual remuneration is INR 1,200,000/- (Rupees Twelve Lakhs Only). Including employer contributions, your Annual CTC comes to INR 1,350,000/-.',
    );
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 1200000 }]);
  });

  it('reads the CTC as the base when it is the only pay figure', () => {
    const reading = read('The annual CTC for this role is Rs 6,40,000/-PA, PF included.');
    expect(proposed(reading, 'base')).toMatchObject([
      { amount: 640000, period: 'annual', currency: 'INR' },
    ]);
  });

  it('reads no yearly base from a fixed component with no year said', () => {
    const reading = read(
      'Your Cost To Company is INR 4,80,000/-, inclusive of a fixed component of INR 35,000/-.',
    );
    expect(proposed(reading, 'base')).toEqual([]);
  });

  it('reads no base from a CTC figure worked out as a maximum', () => {
    expect(proposed(read('Your CTC will be up to INR 9,00,000 per annum.'), 'base')).toEqual([]);
  });
});

describe('dates written day first, and joining by a date', () => {
  it('reads a day-first date joined by hyphens', () => {
    const reading = read('Your appointment will commence with effect from 17-Mar-2027.');
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-17' }]);
  });

  it('reads numeric dates day first where the letter writes one that can only be day first', () => {
    const reading = read(
      'Date: 15-02-2027\n\nYour start date will be 03-04-2027, at our Pune office.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-04-03' }]);
  });

  it('keeps numeric dates month first in a letter that writes none day first', () => {
    const reading = read('Date: 02/15/2027\n\nYour start date will be 03/04/2027.');
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-03-04' }]);
  });

  it('lists a join-by date under To check, not as the start', () => {
    const reading = read('We expect you to join us on or before 12 Apr, 2027.');
    expect(proposed(reading, 'startDate')).toEqual([]);
    expect(reading.conflicts.map((c) => c.key)).toContain('startDate');
  });

  it('reads "sign and send … before" a date as the reply deadline', () => {
    const reading = read(
      'Kindly sign and send us a scanned copy of this letter before March 8, 2027.',
    );
    expect(proposed(reading, 'deadline')).toMatchObject([{ date: '2027-03-08' }]);
  });

  it('reads no deadline from sending documents', () => {
    const reading = read('Please send a copy of your degree certificate before March 08, 2027.');
    expect(proposed(reading, 'deadline')).toEqual([]);
  });
});

describe('a currency code written against the figure, and the date of hire', () => {
  it('reads "GBP185,000" as pounds', () => {
    const reading = read('Your salary is GBP142,000 a year, paid monthly in arrears.');
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 142000, currency: 'GBP' }]);
    expect(proposed(reading, 'currency')).toEqual([{ key: 'currency', code: 'GBP' }]);
  });

  it('reads no money from a code that is part of a word', () => {
    expect(proposed(read('The USDA2027 programme pays a salary.'), 'base')).toEqual([]);
  });

  it('reads the date of hire as the start', () => {
    const reading = read('We have pencilled in 26 April 2027 as your hire date.');
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-04-26' }]);
  });

  it('reads no start from a grant priced on the date of hire', () => {
    const reading = read(
      'You will be granted 10,000 options on 3 May 2027 at the fair market value on your date of hire.',
    );
    expect(proposed(reading, 'startDate')).toEqual([]);
  });
});

describe('a bonus given a short name, and an appointment "to begin on" a date', () => {
  it('reads a sign-on bonus that the letter then calls “the Bonus”', () => {
    const reading = read(
      'We will pay you a Sign on Bonus (the “Bonus”) of $60,000 in your first month.',
    );
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 60000 }]);
  });

  it('still reads a bonus that the letter names a sign-on bonus in its short name', () => {
    const reading = read('An annual bonus (the “Signing Bonus”) of $20,000 will be paid.');
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 20000 }]);
  });

  it('reads a performance bonus with a short name as no sign-on', () => {
    const reading = read(
      'You will be eligible for an annual performance bonus (the “Bonus”) of up to $30,000.',
    );
    expect(proposed(reading, 'signOn')).toEqual([]);
  });

  it('reads an appointment "to begin on" a date as the start', () => {
    const reading = read(
      'This appointment as Lecturer in History is to begin on September 1, 2027.',
    );
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-09-01' }]);
  });

  it('reads no start from a review "to begin on" a date', () => {
    const reading = read('Your salary review is to begin on September 1, 2027.');
    expect(proposed(reading, 'startDate')).toEqual([]);
  });
});

describe('a term table with one label a line and its value on the next', () => {
  const text =
    'March 1, 2027\n\nDear Ann,\n\nSummary of terms\n\nBase Salary\n$210,000\nSigning Bonus\n$40,000\nStart Date\nApril 5, 2027\n\nWe look forward to working with you.';

  it('reads each label with the value below it', () => {
    const reading = read(text);
    expect(proposed(reading, 'base')).toMatchObject([{ annual: 210000 }]);
    expect(proposed(reading, 'signOn')).toMatchObject([{ amount: 40000 }]);
    expect(proposed(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-04-05' }]);
    expect(marked(text, reading, 'signOn')).toEqual(['$40,000']);
  });

  it('reads no base from a label above two values (current and new columns)', () => {
    const reading = read('Current and new terms\n\nBase Salary\n$500,000\n$560,000\n');
    expect(proposed(reading, 'base')).toEqual([]);
  });
});

describe('the words quoted for a join-by date', () => {
  it('quotes whole words before the date', () => {
    const reading = read(
      'The date of commencement of your employment shall be on or before 01-September-2027.',
    );
    const listed = reading.conflicts.find((c) => c.key === 'startDate');
    expect(listed?.reason).toMatch(/^"(?:\w+ )+on or before 01-September-2027" is a latest date/);
    expect(listed?.reason).not.toMatch(/^"ployment/);
  });
});
