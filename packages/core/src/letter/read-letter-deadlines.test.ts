import { describe, expect, it } from 'vitest';
import { type LetterReading, readLetter } from './read-letter';

// Sentences written for these tests (never taken from eval/letters, which only measures): dated
// answer deadlines in written English and German, which no real letter in the evaluation sets
// states, so these tests are all that checks them. "now" is passed in and is later than some of
// the letters on purpose: a deadline that has passed is still the letter's deadline.
const now = new Date('2026-11-05T10:00:00Z');
const deadline = (reading: LetterReading) =>
  reading.fields.filter((f) => f.value.key === 'deadline').map((f) => f.value);

describe('written answer deadlines', () => {
  it('reads "bis zum 15. März 2027" in a German letter', () => {
    const reading = readLetter(
      'Sehr geehrte Frau Roth,\nbitte senden Sie uns den unterschriebenen Vertrag bis zum 15. März 2027 zurück.',
      { now },
    );
    expect(reading.language).toBe('de');
    expect(deadline(reading)).toEqual([{ key: 'deadline', date: '2027-03-15' }]);
  });

  it('reads "bis spätestens 20. März" with the year of the letter\'s own date', () => {
    const reading = readLetter(
      'Köln, 2. März 2027\n\nSehr geehrter Herr Alt,\nwir freuen uns auf Sie. Bitte teilen Sie uns Ihre Entscheidung bis spätestens 20. März mit.',
      { now },
    );
    expect(deadline(reading)).toEqual([{ key: 'deadline', date: '2027-03-20' }]);
  });

  it('reads a time and a US zone, and keeps a deadline that lies before "now"', () => {
    const reading = readLetter(
      'February 20, 2021\n\nDear Sam,\nPlease return the signed letter by March 3, 2021 at 5 p.m. PST.',
      { now },
    );
    // PST is UTC-8; 3 March 2021 is before US daylight time began that year.
    expect(deadline(reading)).toEqual([
      { key: 'deadline', date: '2021-03-03', time: '17:00', offsetMinutes: -480 },
    ]);
  });

  it('lists "innerhalb von 14 Tagen nach Erhalt" to check: receipt is a day only the reader knows', () => {
    const reading = readLetter(
      'Hamburg, 2. März 2027\n\nSehr geehrte Frau Roth,\nbitte senden Sie uns dieses Angebot innerhalb von 14 Tagen nach Erhalt unterschrieben zurück.',
      { now },
    );
    expect(deadline(reading)).toEqual([]);
    const listed = reading.conflicts.find((c) => c.key === 'deadline');
    expect(listed?.reason).toMatch(/innerhalb von 14 Tagen nach Erhalt/);
    expect(listed?.mentions[0]?.evidence.quote).toContain('nach Erhalt');
  });

  it('lists "within 14 days of receipt" the same way in English', () => {
    const reading = readLetter(
      'March 2, 2027\n\nDear Sam,\nPlease sign and return this letter within 14 days of receipt.',
      { now },
    );
    expect(deadline(reading)).toEqual([]);
    expect(reading.conflicts.find((c) => c.key === 'deadline')?.reason).toMatch(
      /within 14 days of receipt.*reached you/,
    );
  });

  it('counts "innerhalb von 10 Tagen nach dem Datum dieses Schreibens" from the letter date', () => {
    const reading = readLetter(
      'Hamburg, 2. März 2027\n\nSehr geehrte Frau Roth,\nbitte nehmen Sie das Angebot innerhalb von 10 Tagen nach dem Datum dieses Schreibens an.',
      { now },
    );
    expect(deadline(reading)).toEqual([{ key: 'deadline', date: '2027-03-12' }]);
  });
});
