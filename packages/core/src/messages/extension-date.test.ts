import { describe, expect, it } from 'vitest';
import { extensionDate } from './extension-date';

const day = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);

describe('extensionDate', () => {
  it('counts from the current deadline while it lies ahead, skipping the weekend', () => {
    const result = extensionDate(
      '2026-11-27T17:00:00+01:00',
      3,
      new Date('2026-11-25T12:00:00Z'),
      'Europe/Berlin',
    );
    expect(result.basis).toBe('deadline');
    expect(day(result.until, 'Europe/Berlin')).toBe('Wednesday 2 December');
  });

  it('counts from now once the deadline has passed', () => {
    const result = extensionDate(
      '2026-11-20T17:00:00+01:00',
      2,
      new Date('2026-11-26T09:00:00Z'),
      'Europe/Berlin',
    );
    expect(result.basis).toBe('now');
    expect(day(result.until, 'Europe/Berlin')).toBe('Monday 30 November');
  });

  it('counts from now when the offer has no deadline', () => {
    const result = extensionDate(undefined, 5, new Date('2026-11-25T12:00:00Z'));
    expect(result.basis).toBe('now');
    expect(day(result.until, 'UTC')).toBe('Wednesday 2 December');
  });

  it('uses the weekday in the user’s zone, not the machine’s', () => {
    // Friday 23:30 in Chicago is already Saturday in UTC; one business day later is Monday there.
    const result = extensionDate(
      '2026-11-27T23:30:00-06:00',
      1,
      new Date('2026-11-25T12:00:00Z'),
      'America/Chicago',
    );
    expect(day(result.until, 'America/Chicago')).toBe('Monday 30 November');
  });

  it('skips the holidays in the user’s profile, keeping the deadline’s clock time', () => {
    const result = extensionDate(
      '2026-12-23T17:00:00+01:00',
      2,
      new Date('2026-12-21T09:00:00Z'),
      'Europe/Berlin',
      ['2026-12-24', '2026-12-25'],
    );
    expect(day(result.until, 'Europe/Berlin')).toBe('Tuesday 29 December');
    expect(result.until.getTime()).toBe(Date.parse('2026-12-29T16:00:00Z'));
  });
});
