import { describe, expect, it } from 'vitest';
import { anaRace, anaWorkspace, NOW } from '../../test/ana-workspace';
import { buildTimeline } from './timeline';

describe('timeline', () => {
  const timeline = buildTimeline(anaWorkspace(), { now: NOW });
  const titles = timeline.entries.map((e) => `${e.at.slice(0, 10)} ${e.title}`);

  it('lists what to do by when, in date order', () => {
    expect(titles).toEqual([
      '2026-11-25 Ask Alpenwerk Mobility AG for 2 more business days',
      '2026-11-25 Alpenwerk Mobility AG: 48 hours to answer',
      '2026-11-27 Answer Alpenwerk Mobility AG: deadline',
      '2026-11-29 Thames Digital Bank: 48 hours to answer',
      '2026-12-01 Answer Thames Digital Bank: deadline',
      '2026-12-17 Alpenwerk Mobility AG: last day to resign for a 2027-04-01 start',
      '2026-12-30 Thames Digital Bank: visa expected (if the application starts today)',
      '2027-03-12 Alpenwerk Mobility AG: earliest possible start',
      '2027-03-15 Thames Digital Bank: offered start (30 days too early)',
      '2027-04-01 Alpenwerk Mobility AG: offered start',
      '2027-04-14 Thames Digital Bank: earliest possible start',
    ]);
  });

  it('gives every entry a stable id, so a re-imported calendar updates instead of duplicating', () => {
    const again = buildTimeline(anaWorkspace(), { now: NOW });
    expect(again.entries.map((e) => e.id)).toEqual(timeline.entries.map((e) => e.id));
    expect(new Set(timeline.entries.map((e) => e.id)).size).toBe(timeline.entries.length);
  });

  it('caps the extension it proposes at the other offer’s deadline', () => {
    const alpenwerk = timeline.offers.find((o) => o.offerId === 'alpenwerk');
    expect(alpenwerk?.extension?.businessDays).toBe(2);
    expect(alpenwerk?.extension?.cappedBy?.label).toBe('Thames Digital Bank');
    expect(alpenwerk?.timeLeft?.businessDays).toBe(2);
  });

  it('puts warnings first among the next actions', () => {
    expect(timeline.nextActions[0]).toBe(
      'Ask Thames Digital Bank for a start on or after 2027-04-14 as part of your reply.',
    );
    expect(timeline.nextActions).toContain('Ask Alpenwerk Mobility AG for 2 more business days');
  });

  it('adds a dated reply reminder for a counter-offer and its review', () => {
    const ws = anaRace({
      thamesbank: {
        process: { recruiterMediated: true },
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'written', ratings: { family: 5 } }],
      },
    });
    const t = buildTimeline(ws, { now: NOW });
    const reply = t.entries.find((e) => e.id === 'thamesbank-counter-offer-reply');
    expect(reply?.at).toBe('2026-11-27T10:00:00.000Z');
    expect(t.offers[0]?.counterOffer?.addresses).toBe('yes');
  });

  it('leaves ended offers out of the plan', () => {
    const ws = anaWorkspace({
      alpenwerk: { history: [{ at: '2026-11-21T10:00:00Z', type: 'declined' }] },
    });
    const t = buildTimeline(ws, { now: NOW });
    expect(t.entries.some((e) => e.offerId === 'alpenwerk')).toBe(false);
  });

  it('says when it had to assume UTC for lack of a time zone', () => {
    const t = buildTimeline(anaWorkspace({ profile: { timeZone: undefined } }), { now: NOW });
    expect(t.timeZone).toBe('UTC');
    expect(t.timeZoneAssumed).toBe(true);
  });
});
