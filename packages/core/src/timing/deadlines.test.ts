import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay } from './business-days';
import { proposeExtension, timeLeft } from './deadlines';

const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] as const;

/** Wall-clock parts of an instant in a zone, read through Intl rather than date-fns. */
function wallClock(instant: Date, timeZone: string): { day: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

describe('time left until a deadline', () => {
  it('counts 95 hours over the night Berlin moves its clocks forward (29 Mar 2026)', () => {
    const left = timeLeft(
      new Date('2026-03-31T17:00:00+02:00'),
      new Date('2026-03-27T17:00:00+01:00'),
      {
        timeZone: 'Europe/Berlin',
      },
    );
    expect(left.hours).toBe(95);
    expect(left.businessDays).toBe(2);
    expect(left.local).toBe('Tue 31 Mar, 17:00');
  });

  it("counts 71 hours over New York's spring-forward weekend (8 Mar 2026)", () => {
    const left = timeLeft(
      new Date('2026-03-09T17:00:00-04:00'),
      new Date('2026-03-06T17:00:00-05:00'),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(left.hours).toBe(71);
    expect(left.businessDays).toBe(1);
  });

  it("counts 73 hours when Sydney's clocks go back (5 Apr 2026), and no business day over Easter", () => {
    const deadline = new Date('2026-04-06T17:00:00+10:00');
    const now = new Date('2026-04-03T17:00:00+11:00');
    expect(timeLeft(deadline, now, { timeZone: 'Australia/Sydney' })).toMatchObject({
      hours: 73,
      businessDays: 1,
    });
    const easter = { timeZone: 'Australia/Sydney', holidays: ['2026-04-03', '2026-04-06'] };
    expect(timeLeft(deadline, now, easter).businessDays).toBe(0);
  });

  it('counts business days on the calendar of the user, not of UTC (Kolkata is ahead)', () => {
    const deadline = new Date('2026-11-29T20:00:00Z'); // Sunday in UTC, Monday 01:30 in Kolkata
    const now = new Date('2026-11-27T10:00:00Z');
    expect(timeLeft(deadline, now, { timeZone: 'UTC' }).businessDays).toBe(0);
    expect(timeLeft(deadline, now, { timeZone: 'Asia/Kolkata' }).businessDays).toBe(1);
    expect(timeLeft(deadline, now, { timeZone: 'Asia/Kolkata' }).local).toBe('Mon 30 Nov, 01:30');
  });

  it('says when a deadline has passed', () => {
    const left = timeLeft(new Date('2026-11-25T10:00:00Z'), new Date('2026-11-25T13:00:00Z'), {
      timeZone: 'Europe/Berlin',
    });
    expect(left.overdue).toBe(true);
    expect(left.text).toBe('Passed 3 hours ago (Wed 25 Nov, 11:00 your time).');
  });
});

describe('extension proposal', () => {
  it('asks for five business days and keeps 17:00 across the Berlin DST change', () => {
    const p = proposeExtension(new Date('2026-03-27T17:00:00+01:00'), {
      timeZone: 'Europe/Berlin',
    });
    expect(p.businessDays).toBe(5);
    expect(p.newDeadline).toBe('2026-04-03T15:00:00.000Z'); // Fri 3 Apr, 17:00 CEST
  });

  it('keeps 17:00 when New York falls back (1 Nov 2026)', () => {
    const p = proposeExtension(new Date('2026-10-30T17:00:00-04:00'), {
      timeZone: 'America/New_York',
      preferred: 3,
    });
    expect(p.newDeadline).toBe('2026-11-04T22:00:00.000Z');
  });

  it('keeps 17:00 when Sydney springs forward (4 Oct 2026) and skips a holiday', () => {
    const p = proposeExtension(new Date('2026-10-02T17:00:00+10:00'), {
      timeZone: 'Australia/Sydney',
      holidays: ['2026-10-05'],
    });
    expect(p.newDeadline).toBe('2026-10-12T06:00:00.000Z'); // Mon 12 Oct, 17:00 AEDT
  });

  it('never asks beyond another open deadline', () => {
    const p = proposeExtension(new Date('2026-11-27T17:00:00+05:30'), {
      timeZone: 'Asia/Kolkata',
      otherDeadlines: [{ label: 'Globex', deadline: new Date('2026-12-01T12:00:00+05:30') }],
    });
    expect(p.businessDays).toBe(2);
    expect(p.newDeadline).toBe('2026-12-01T06:30:00.000Z');
    expect(p.cappedBy?.label).toBe('Globex');
    expect(p.text).toContain('not later, because Globex is due then');
  });

  it('clamps a preferred number of days into the usual three to five', () => {
    const deadline = new Date('2026-11-27T17:00:00Z');
    expect(proposeExtension(deadline, { timeZone: 'UTC', preferred: 10 }).businessDays).toBe(5);
    expect(proposeExtension(deadline, { timeZone: 'UTC', preferred: 1 }).businessDays).toBe(3);
  });

  it('proposes nothing when another deadline falls on the same day', () => {
    const p = proposeExtension(new Date('2026-11-27T12:00:00Z'), {
      timeZone: 'UTC',
      otherDeadlines: [{ label: 'Globex', deadline: new Date('2026-11-27T17:00:00Z') }],
    });
    expect(p.businessDays).toBe(0);
    expect(p.text).toContain('decide both together');
  });
});

describe('deadline arithmetic, for any instant and zone', () => {
  const instant = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const zone = fc.constantFrom(...zones);

  const properties = () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, timeZone) => {
        const left = timeLeft(b, a, { timeZone });
        expect(left.hours).toBe(Math.floor((b.getTime() - a.getTime()) / 3_600_000));
        expect(left.businessDays).toBe(
          businessDaysBetween(wallClock(a, timeZone).day, wallClock(b, timeZone).day),
        );
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: 3, max: 5 }), (deadline, timeZone, days) => {
        const p = proposeExtension(deadline, { timeZone, preferred: days });
        const before = wallClock(deadline, timeZone);
        const after = wallClock(new Date(p.newDeadline), timeZone);
        expect(p.businessDays).toBe(days);
        expect(businessDaysBetween(before.day, after.day)).toBe(days);
        expect(isBusinessDay(after.day)).toBe(true);
        // Same wall-clock time, unless it fell into a spring-forward gap that night.
        if (after.time !== before.time) {
          expect(Math.abs(Number(after.time.slice(0, 2)) - Number(before.time.slice(0, 2)))).toBe(
            1,
          );
        }
      }),
      { numRuns: 100 },
    );
  };

  it('matches an Intl-based oracle in all four zones', properties);

  // The date-fns TZ rerun idea (scripts/test/tz.sh), inside one vitest run: Node re-reads
  // process.env.TZ, so the results must not depend on the machine's zone.
  const original = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would store the string "undefined".
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  // Offsets on 1 Jan 2026 in minutes (Date#getTimezoneOffset), proving the zone took effect.
  const machineZones = {
    UTC: 0,
    'America/Los_Angeles': 480,
    'Asia/Kolkata': -330,
    'Pacific/Chatham': -825,
    'Europe/Berlin': -60,
  };
  for (const [machineZone, offset] of Object.entries(machineZones)) {
    it(`gives the same answers when the machine runs in ${machineZone}`, () => {
      process.env.TZ = machineZone;
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
      properties();
      expect(
        proposeExtension(new Date('2026-03-27T17:00:00+01:00'), { timeZone: 'Europe/Berlin' })
          .newDeadline,
      ).toBe('2026-04-03T15:00:00.000Z');
    });
  }
});
