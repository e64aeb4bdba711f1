import { describe, expect, it } from 'vitest';
import { describeNotice, noticeConventions, noticeEnd, noticeFor } from './notice';

// Date-rule examples from DOMAIN.md §4.1, derived from the rules and sources cited there.
describe('notice end', () => {
  it('runs German notice given Mon 10 Mar 2025 to the 15th after four weeks (§622(1) BGB)', () => {
    expect(noticeEnd('2025-03-10', { weeks: 4, endsOn: '15th-or-month-end' })).toBe('2025-04-15');
  });

  it('runs German notice given 20 Mar 2025 to the month-end after four weeks', () => {
    expect(noticeEnd('2025-03-20', { weeks: 4, endsOn: '15th-or-month-end' })).toBe('2025-04-30');
  });

  it('runs Dutch one-month notice given 10 Mar 2025 to the end of April (business.gov.nl)', () => {
    expect(noticeEnd('2025-03-10', { months: 1, endsOn: 'month-end' })).toBe('2025-04-30');
  });

  it('ends Japanese two-week notice given 1 Apr on 15 Apr (Civil Code Art. 627)', () => {
    expect(noticeEnd('2025-04-01', { weeks: 2 })).toBe('2025-04-15');
  });

  it('ends a fixed "until" notice on its date, or today when that has passed', () => {
    expect(noticeEnd('2026-11-25', { until: '2027-01-31' })).toBe('2027-01-31');
    expect(noticeEnd('2027-02-10', { until: '2027-01-31' })).toBe('2027-02-10');
  });

  it('describes notice in plain words', () => {
    expect(describeNotice({ months: 3 })).toBe("3 months' notice");
    expect(describeNotice({ weeks: 1 })).toBe("1 week's notice");
    expect(describeNotice({ weeks: 4, endsOn: '15th-or-month-end' })).toBe(
      "4 weeks' notice to the 15th or the end of a month",
    );
  });

  it("assumes the home country's usual notice only when the profile gives none", () => {
    const de = noticeFor({ homeLocation: { country: 'DE' } });
    expect(de.notice).toEqual({ weeks: 4, endsOn: '15th-or-month-end' });
    expect(de.assumed?.sources.length).toBeGreaterThan(0);
    expect(
      noticeFor({ homeLocation: { country: 'DE' }, noticePeriod: { months: 3 } }).assumed,
    ).toBeNull();
    expect(noticeFor({ homeLocation: { country: 'ZZ' } }).notice).toEqual({ weeks: 0 });
  });

  it('ships every notice convention with a source and a date', () => {
    for (const c of noticeConventions) {
      expect(c.sources[0]).toMatch(/^https?:\/\//);
      expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
