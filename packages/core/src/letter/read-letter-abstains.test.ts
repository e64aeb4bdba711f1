import { describe, expect, it } from 'vitest';
import { type LetterReading, readLetter } from './read-letter';
import { now, proposed as value } from './reading.test-helper';

// Sentences written for these tests (never taken from eval/letters, which only measures). Each
// case is one where a sentence names a date or amount that is not the offer's own value: the
// reader must propose nothing, or list the mention for the person to settle.
const conflictKeys = (reading: LetterReading) => reading.conflicts.map((c) => c.key);

describe('start date: only the start of the job', () => {
  it.each([
    'This letter agreement, dated March 1, 2027, sets out the terms on which your employment will begin.',
    'Your employment will begin on the date you sign, and this agreement will end on December 31, 2028.',
    'Once you start, the options will be granted on April 15, 2027.',
    'Your start date will be agreed later; the RSUs will begin vesting on June 1, 2027.',
    'Your employment will commence after your current term ends on May 31, 2027.',
  ])('proposes no start date in "%s"', (sentence) => {
    expect(value(readLetter(sentence, { now }), 'startDate')).toEqual([]);
  });

  it('skips the letter date at the top and keeps the stated start', () => {
    const reading = readLetter('March 1, 2027\nDear Mo,\nYour start date will be April 5, 2027.', {
      now,
    });
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-04-05' }]);
  });

  it('lists "or earlier" as an open start instead of proposing it', () => {
    const reading = readLetter('Your employment will start on June 7, 2027 or earlier.', { now });
    expect(value(reading, 'startDate')).toEqual([]);
    expect(conflictKeys(reading)).toContain('startDate');
  });

  it('keeps a start date with the usual "or such other date as we agree"', () => {
    const reading = readLetter(
      'Your employment will commence on 7 June 2027, or such other date as mutually agreed.',
      { now },
    );
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2027-06-07' }]);
    expect(reading.fields.find((f) => f.value.key === 'startDate')?.how).toMatch(/agreement/);
  });

  it('lists a start date without a year when the letter has no date', () => {
    const reading = readLetter('Dear Jo,\nYour first day will be May 3.', { now });
    expect(value(reading, 'startDate')).toEqual([]);
    expect(conflictKeys(reading)).toContain('startDate');
  });

  it("takes a missing year from the letter's date", () => {
    const reading = readLetter('November 20, 2030\n\nDear Jo,\nYour first day will be January 6.', {
      now,
    });
    expect(value(reading, 'startDate')).toEqual([{ key: 'startDate', date: '2031-01-06' }]);
  });
});

describe('base salary: only the offered yearly pay', () => {
  it.each([
    'Your current base salary of $150,000 will be replaced by the terms below.',
    'Relocation aside, your salary may be adjusted up to $210,000 after review.',
    'Your base salary will be subject to an increase of $20,000 after your first year.',
    'Your base salary will be paid in installments of $7,500.',
  ])('proposes no base in "%s"', (sentence) => {
    expect(value(readLetter(sentence, { now }), 'base')).toEqual([]);
  });

  it('still reads the new salary beside the old one', () => {
    const reading = readLetter(
      'Your base salary will be $180,000 per year, replacing your current base salary of $150,000.',
      { now },
    );
    expect(value(reading, 'base')).toEqual([
      { key: 'base', amount: 180000, period: 'annual', annual: 180000, currency: 'USD' },
    ]);
  });
});

describe('response deadline', () => {
  it('reads date, time and zone together', () => {
    const reading = readLetter(
      'Please sign and return this letter by 5:00 p.m. Eastern Time on Friday, March 5, 2027.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([
      { key: 'deadline', date: '2027-03-05', time: '17:00', offsetMinutes: -300 },
    ]);
  });

  it('counts "within N days of the date of this letter" from the letter date', () => {
    const reading = readLetter(
      'February 8, 2027\n\nDear Ana,\nThis offer will expire unless you accept it within ten days of the date of this letter.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([{ key: 'deadline', date: '2027-02-18' }]);
    expect(reading.fields.find((f) => f.value.key === 'deadline')?.how).toMatch(/February 8/);
  });

  it('lists "within N days of this letter" when the letter shows no date', () => {
    const reading = readLetter(
      'Dear Ana,\nPlease accept this offer within 7 days of this letter.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([]);
    expect(conflictKeys(reading)).toContain('deadline');
  });

  it('does not count days from when the letter is read ("within seven days")', () => {
    const reading = readLetter('February 8, 2027\nPlease reply within seven days.', { now });
    expect(value(reading, 'deadline')).toEqual([]);
  });

  it('reads German "bis zum … unterzeichnet" with the time', () => {
    const reading = readLetter(
      'Kiel GmbH\nHamburg, 2. Februar 2027\n\nSehr geehrter Herr Brandt,\nbitte senden Sie uns den Vertrag bis zum 16. Februar 2027, 12:00 Uhr, unterzeichnet zurück.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([
      { key: 'deadline', date: '2027-02-16', time: '12:00' },
    ]);
  });

  it('reads a German deadline without a year from the letter date', () => {
    const reading = readLetter(
      'Hamburg, 20. Dezember 2030\n\nSehr geehrte Frau Roth,\nbitte teilen Sie uns Ihre Entscheidung bis zum 8. Januar mit.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([{ key: 'deadline', date: '2031-01-08' }]);
  });

  it('does not take the date the agreement is dated as a deadline', () => {
    const reading = readLetter(
      'Please sign and return the agreement dated 1 February 2027 to HR.',
      { now },
    );
    expect(value(reading, 'deadline')).toEqual([]);
  });
});
