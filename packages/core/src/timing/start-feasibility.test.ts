import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../test/ana-workspace';
import { noticeEndRules } from '../workspace/vocabulary';
import { addBusinessDaysTo, addCalendarDays, isBusinessDay } from './business-days';
import { deadlineClashes } from './deadline-clashes';
import { noticeEnd } from './notice';
import { runway } from './runway';
import { latestResignDay, startFeasibility } from './start-feasibility';

describe('start feasibility', () => {
  it('flags a start date that only the visa makes too early', () => {
    const ws = anaWorkspace();
    const f = startFeasibility(ws, ws.offers[0] as never, NOW);
    // 5 weeks (uk-skilled-worker default) → resign 30 Dec; 3 months → 30 Mar; 2 weeks → Wed 14 Apr.
    expect(f).toMatchObject({
      resignOn: '2026-12-30',
      lastWorkingDay: '2027-03-30',
      earliestStart: '2027-04-14',
      earliestWithoutVisa: '2027-03-12',
      feasible: false,
      shortByDays: 30,
      cause: 'visa',
    });
    expect(f.visa?.basis).toBe('route-default');
    expect(f.how.join(' ')).toContain('the visa is what makes it too early');
    // 15 weeks → resign 10 Mar; 3 months → 10 Jun; 2 weeks → Fri 25 Jun.
    expect(f.earliestIfVisaSlow).toBe('2027-06-25');
  });

  it('accepts a start date that notice and the move can meet', () => {
    const ws = anaWorkspace();
    const f = startFeasibility(ws, ws.offers[1] as never, NOW);
    expect(f).toMatchObject({
      feasible: true,
      shortByDays: 0,
      cause: null,
      earliestStart: '2027-03-12',
    });
  });

  it("uses the offer's own visa weeks over the route default", () => {
    const ws = anaWorkspace({
      thamesbank: { visa: { required: true, route: 'uk-skilled-worker', processingWeeks: 1 } },
    });
    const f = startFeasibility(ws, ws.offers[0] as never, NOW);
    expect(f.visa?.basis).toBe('offer');
    expect(f.resignOn).toBe('2026-12-02');
  });

  it('blames notice when notice alone runs past the start date', () => {
    const ws = anaWorkspace({ alpenwerk: { startDate: '2027-01-04' } });
    expect(startFeasibility(ws, ws.offers[1] as never, NOW).cause).toBe('notice');
  });

  it('applies German month-end rules and the move lead the profile sets', () => {
    const ws = anaWorkspace({
      profile: { noticePeriod: { weeks: 4, endsOn: '15th-or-month-end' }, moveLeadWeeks: 0 },
    });
    const f = startFeasibility(ws, ws.offers[1] as never, NOW);
    // 25 Nov + 4 weeks = 23 Dec → 31 Dec; next working day Fri 1 Jan 2027.
    expect(f.lastWorkingDay).toBe('2026-12-31');
    expect(f.earliestStart).toBe('2027-01-01');
  });

  it('finds a resignation day that makes the start and one a day later that does not', () => {
    const notice = fc.oneof(
      fc.record({
        weeks: fc.integer({ min: 0, max: 26 }),
        endsOn: fc.constantFrom(...noticeEndRules),
      }),
      fc.record({
        months: fc.integer({ min: 0, max: 6 }),
        endsOn: fc.constantFrom(...noticeEndRules),
      }),
    );
    fc.assert(
      fc.property(
        notice,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 6 }),
        (n, days, lead) => {
          const ws = anaWorkspace({ profile: { noticePeriod: n, moveLeadWeeks: lead } });
          const today = '2026-11-25';
          const start = addCalendarDays(today, days);
          const resign = latestResignDay(ws, ws.offers[1] as never, start, today);
          const earliest = (day: string) =>
            startFeasibility(ws, ws.offers[1] as never, new Date(`${day}T12:00:00Z`)).earliestStart;
          if (resign === null) {
            expect(earliest(today) > start).toBe(true);
          } else {
            expect(earliest(resign) <= start).toBe(true);
            expect(isBusinessDay(resign)).toBe(true);
            expect(earliest(addBusinessDaysTo(resign, 1)) > start).toBe(true);
            expect(noticeEnd(resign, n) < start).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('adds no move time for a job in your own city, or a remote one', () => {
    const ws = anaWorkspace({ alpenwerk: { location: { country: 'DE', city: 'Berlin' } } });
    const f = startFeasibility(ws, ws.offers[1] as never, NOW);
    expect(f.earliestStart).toBe('2027-02-26');
    expect(f.how[2]).toBe(
      'No move needed, so you can start the next working day: earliest start 2027-02-26.',
    );
    const remote = anaWorkspace({ alpenwerk: { workMode: 'remote' } });
    expect(startFeasibility(remote, remote.offers[1] as never, NOW).earliestStart).toBe(
      '2027-02-26',
    );
  });

  it('finds the last day to resign for a given start', () => {
    const ws = anaWorkspace();
    expect(latestResignDay(ws, ws.offers[1] as never, '2027-04-01', '2026-11-25')).toBe(
      '2026-12-17',
    );
    // One month to a month-end, no move: resigning any day in February ends notice on 31 Mar,
    // so Sun 28 Feb would do, but notice is handed in on a working day: Fri 26 Feb.
    const local = anaWorkspace({
      profile: { noticePeriod: { months: 1, endsOn: 'month-end' } },
      alpenwerk: { location: { country: 'DE', city: 'Berlin' } },
    });
    expect(latestResignDay(local, local.offers[1] as never, '2027-04-01', '2026-11-25')).toBe(
      '2027-02-26',
    );
    expect(latestResignDay(ws, ws.offers[1] as never, '2026-12-01', '2026-11-25')).toBeNull();
  });
});

describe('runway', () => {
  it('compares the months between paydays with your savings', () => {
    const ws = anaWorkspace();
    const r = runway(ws, startFeasibility(ws, ws.offers[1] as never, NOW));
    // Last paid 25 Feb; start 1 Apr, first pay about 1 May: 65 days ≈ 2.1 months.
    expect(r.lastPaid).toBe('2027-02-25');
    expect(r.firstPay).toBe('2027-05-01');
    expect(r.monthsBetween).toBeCloseTo(65 / (365.25 / 12), 6);
    expect(r.short).toBe(false);
  });

  it('warns when savings do not cover the gap', () => {
    const ws = anaWorkspace({ profile: { savingsMonths: 1 } });
    const r = runway(ws, startFeasibility(ws, ws.offers[1] as never, NOW));
    expect(r.short).toBe(true);
    expect(r.text).toContain('more than the 1 months');
  });
});

describe('deadline clashes', () => {
  it('finds open offers due within one business day of each other', () => {
    const ws = anaWorkspace({ alpenwerk: { deadline: '2026-11-30T17:00:00+01:00' } });
    const clashes = deadlineClashes(ws, NOW);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]?.offerIds).toEqual(['alpenwerk', 'thamesbank']);
  });

  it('finds none when deadlines are days apart or an offer is closed', () => {
    expect(deadlineClashes(anaWorkspace(), NOW)).toEqual([]);
    const closed = anaWorkspace({
      alpenwerk: {
        deadline: '2026-12-01T12:00:00+01:00',
        history: [{ at: '2026-11-21T10:00:00+01:00', type: 'declined' }],
      },
    });
    expect(deadlineClashes(closed, NOW)).toEqual([]);
  });
});
