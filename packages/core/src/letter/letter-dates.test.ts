import { describe, expect, it } from 'vitest';
import { datesIn, letterDateIn } from './letter-dates';

// Sentences written for these tests (never taken from eval/letters, which only measures).
const now = new Date('2026-11-05T10:00:00Z');
const one = (text: string, language: 'en' | 'de' = 'en') => {
  const [d] = datesIn(text, language, now);
  return d && { date: d.date, time: d.time, offsetMinutes: d.offsetMinutes };
};

describe('datesIn: time and zone of an answer date', () => {
  it('joins a time written before the date through a named US zone', () => {
    expect(one('Please reply by 5:00 p.m. Eastern Time on Friday, March 5, 2027.')).toEqual({
      date: '2027-03-05',
      time: '17:00',
      offsetMinutes: -300,
    });
  });

  it('takes daylight time for a US zone named without "standard" in summer', () => {
    // 9 July 2027 is in US daylight time: Eastern is UTC-4, Pacific UTC-7.
    expect(one('Sign by 5 p.m. ET on July 9, 2027.')?.offsetMinutes).toBe(-240);
    expect(one('Sign by 12:00 noon Pacific Time on July 9, 2027.')).toEqual({
      date: '2027-07-09',
      time: '12:00',
      offsetMinutes: -420,
    });
  });

  it('reads UK time as GMT in winter and BST in summer', () => {
    expect(one('Reply by 5pm (UK time) on 5 March 2027.')?.offsetMinutes).toBe(0);
    expect(one('Reply by 5pm (UK time) on 5 July 2027.')?.offsetMinutes).toBe(60);
  });

  it('reads a German date with its time and MEZ', () => {
    expect(one('bis zum 15. Januar 2027, 12:00 Uhr MEZ, unterschrieben zurück', 'de')).toEqual({
      date: '2027-01-15',
      time: '12:00',
      offsetMinutes: 60,
    });
  });

  it('leaves the time out when none is stated ("close of business")', () => {
    expect(one('Please respond by close of business on March 5, 2027.')).toEqual({
      date: '2027-03-05',
      time: undefined,
      offsetMinutes: undefined,
    });
  });
});

describe('letterDateIn', () => {
  it('finds the date line under the letterhead', () => {
    const text =
      'Fernhill Labs, Inc.\n12 Quay Street\nFebruary 8, 2027\n\nDear Ana,\nWe are pleased.';
    expect(letterDateIn(text, 'en', now)?.date).toBe('2027-02-08');
  });

  it('finds "München, 3. Februar 2027" and a "Date:" line', () => {
    expect(letterDateIn('Kiel GmbH\nMünchen, 3. Februar 2027\n\nHallo', 'de', now)?.date).toBe(
      '2027-02-03',
    );
    expect(letterDateIn('Date: 4 March 2027\nDear Lee,', 'en', now)?.date).toBe('2027-03-04');
  });

  it('does not take a sentence that holds a date for the letter date', () => {
    expect(
      letterDateIn('Dear Ana,\nYour first day will be Monday, 4 January 2027.', 'en', now),
    ).toBe(undefined);
  });
});
