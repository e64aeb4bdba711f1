import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDaysTo,
  addCalendarMonths,
  businessDaysBetween,
  dayInZone,
  instantAt,
  isBusinessDay,
} from './business-days';

describe('business days', () => {
  it('counts Thursday, Friday and Monday from a Wednesday to the next Monday', () => {
    expect(businessDaysBetween('2026-11-25', '2026-11-30')).toBe(3);
  });

  it('counts nothing between a Friday and the weekend after it', () => {
    expect(businessDaysBetween('2026-11-27', '2026-11-29')).toBe(0);
  });

  it('is negative when the second day is earlier', () => {
    expect(businessDaysBetween('2026-11-30', '2026-11-25')).toBe(-3);
  });

  it('skips listed holidays', () => {
    expect(businessDaysBetween('2026-12-23', '2026-12-28', ['2026-12-25'])).toBe(2);
    expect(isBusinessDay('2026-12-25', ['2026-12-25'])).toBe(false);
  });

  it('returns the Monday when 1 business day is added on a Friday', () => {
    expect(addBusinessDaysTo('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('adds business days across Christmas holidays', () => {
    expect(addBusinessDaysTo('2026-12-23', 2, ['2026-12-25'])).toBe('2026-12-28');
  });

  it('clamps month arithmetic to the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
  });

  it('reads the calendar day of an instant in the given zone', () => {
    const instant = new Date('2026-11-29T20:00:00Z');
    expect(dayInZone(instant, 'UTC')).toBe('2026-11-29');
    expect(dayInZone(instant, 'Asia/Kolkata')).toBe('2026-11-30');
    expect(dayInZone(instant, 'America/New_York')).toBe('2026-11-29');
    expect(dayInZone(instant, 'Australia/Sydney')).toBe('2026-11-30');
  });

  it('places a wall-clock time on the right side of a DST change', () => {
    expect(instantAt('2026-03-27', 17, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-27T16:00:00.000Z',
    );
    expect(instantAt('2026-03-30', 17, 0, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-30T15:00:00.000Z',
    );
  });

  it('agrees with a day-by-day count for any pair of days and holidays', () => {
    const day = fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2028-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.array(day, { maxLength: 5 }), (a, b, holidays) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let count = 0;
        for (let t = Date.parse(from) + 86_400_000; t <= Date.parse(to); t += 86_400_000) {
          const d = new Date(t);
          const iso = d.toISOString().slice(0, 10);
          if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.includes(iso)) count++;
        }
        expect(businessDaysBetween(from, to, holidays)).toBe(count);
        expect(businessDaysBetween(to, from, holidays)).toBe(count === 0 ? 0 : -count);
      }),
      { numRuns: 200 },
    );
  });
});
