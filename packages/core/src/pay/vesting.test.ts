import { describe, expect, it } from 'vitest';
import { equityByYear, vestedPctByYear, vestingDates, vestingEvents } from './vesting';

describe('vestingEvents', () => {
  // cliff-then-monthly-1000rsu: waterfalls.app "RSU vesting schedule" — 1,000 RSUs granted
  // 2024-01-01, 4 years, 12-month cliff, monthly after. The source keeps fractions (20.8333).
  const terms = { schedulePct: [25, 25, 25, 25], cliffMonths: 12, cadence: 'monthly' as const };
  const shares = (pct: number) => (1000 * pct) / 100;

  it('vests 250 shares at the one-year cliff and 20.8333 a month after it', () => {
    const events = vestingEvents(terms);
    expect(events[0]).toEqual({ month: 12, pct: expect.closeTo(25, 9) });
    expect(shares(events[1]?.pct ?? 0)).toBeCloseTo(20.8333, 4);
    expect(shares((events[0]?.pct ?? 0) + (events[1]?.pct ?? 0))).toBeCloseTo(270.8333, 4);
  });

  it('lands the cliff on 2025-01-01 and the last vest on 2028-01-01', () => {
    const dates = vestingDates(terms, new Date(Date.UTC(2024, 0, 1)));
    expect(dates[0]?.date.toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(dates[1]?.date.toISOString().slice(0, 10)).toBe('2025-02-01');
    expect(dates.at(-1)?.date.toISOString().slice(0, 10)).toBe('2028-01-01');
  });

  it('vests 250 shares in each of the four years', () => {
    expect(vestedPctByYear(terms, 4).map(shares)).toEqual(
      [250, 250, 250, 250].map((n) => expect.closeTo(n, 9)),
    );
  });

  it('splits a year evenly by cadence when there is no cliff', () => {
    const events = vestingEvents({ schedulePct: [20, 20], cadence: 'quarterly' });
    expect(events.map((e) => e.month)).toEqual([3, 6, 9, 12, 15, 18, 21, 24]);
    expect(events.every((e) => Math.abs(e.pct - 5) < 1e-12)).toBe(true);
  });

  it('vests once a year at each anniversary by default', () => {
    expect(vestingEvents({ schedulePct: [5, 15, 40, 40] })).toEqual([
      { month: 12, pct: 5 },
      { month: 24, pct: 15 },
      { month: 36, pct: 40 },
      { month: 48, pct: 40 },
    ]);
  });
});

describe('equityByYear', () => {
  it('follows a back-loaded 5/15/40/40 schedule (Amazon, per DOMAIN.md 1.2)', () => {
    expect(
      equityByYear({ kind: 'rsu', grantValue: 100000, schedulePct: [5, 15, 40, 40] }, 4),
    ).toEqual([5000, 15000, 40000, 40000]);
  });

  it('shifts a grant that starts in a later year', () => {
    expect(
      equityByYear({ kind: 'rsu', grantValue: 100000, schedulePct: [50, 50], startYear: 3 }, 4),
    ).toEqual([0, 0, 50000, 50000]);
  });

  it('applies the private-company discount', () => {
    expect(
      equityByYear({ kind: 'rsu', grantValue: 100000, schedulePct: [100], discountPct: 70 }, 4)[0],
    ).toBeCloseTo(30000, 9);
  });
});
