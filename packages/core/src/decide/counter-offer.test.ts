import { describe, expect, it } from 'vitest';
import { anaRace, anaWorkspace, NOW } from '../../test/ana-workspace';
import { validateWorkspace } from '../workspace/file';
import { latestCounterOffer, reviewCounterOffer, withCounterOffer } from './counter-offer';

// Before any counter: Alpenwerk leads on family (4 vs 3) and pay; Thames leads on growth.
describe('counter-offers', () => {
  it('replaces only the pay fields the counter names', () => {
    const offer = anaRace().offers[0];
    if (!offer) throw new Error('fixture');
    const countered = withCounterOffer(
      { ...offer, pay: { base: 80000, bonus: { targetPct: 15 } } },
      {
        at: '2026-11-24T10:00:00Z',
        source: 'written',
        pay: { base: 100000 },
        ratings: { family: 4 },
      },
    );
    expect(countered.pay).toEqual({ base: 100000, bonus: { targetPct: 15 } });
    expect(countered.ratings).toEqual({ family: 4, growth: 5 });
  });

  it('picks the latest counter-offer by date', () => {
    const offer = anaRace({
      thamesbank: {
        counterOffers: [
          { at: '2026-11-24T10:00:00Z', source: 'written', pay: { base: 99000 } },
          { at: '2026-11-22T10:00:00Z', source: 'verbal', pay: { base: 95000 } },
        ],
      },
    }).offers[0];
    expect(offer && latestCounterOffer(offer)?.index).toBe(0);
  });

  it('says a counter addresses the losing priority when it closes that gap', () => {
    const ws = anaRace({
      thamesbank: {
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'written', ratings: { family: 5 } }],
      },
    });
    const review = reviewCounterOffer(ws, 'thamesbank', { now: NOW });
    expect(review?.leader?.id).toBe('alpenwerk');
    expect(review?.coreReason).toMatchObject({ priorityId: 'family', kind: 'score' });
    expect(review?.addresses).toBe('yes');
    expect(review?.changes.find((c) => c.label === 'Good for partner and child')).toEqual({
      label: 'Good for partner and child',
      before: '3',
      after: '5',
    });
    expect(review?.after.rank).toBe(1);
  });

  it('says a pay rise does not address a loss on family, and asks for it in writing when verbal', () => {
    const ws = anaRace({
      thamesbank: {
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'verbal', pay: { base: 84000 } }],
      },
    });
    const review = reviewCounterOffer(ws, 'thamesbank', { now: NOW });
    expect(review?.coreReason?.priorityId).toBe('family');
    expect(review?.addresses).toBe('no');
    expect(review?.changes.map((c) => c.label)).toContain('Base pay (offer currency)');
    expect(review?.how.join(' ')).toContain('ask for them in writing');
  });

  it('names a broken non-negotiable as the core reason', () => {
    const ws = anaRace({
      thamesbank: {
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'written', ratings: { family: 4 } }],
      },
    });
    ws.priorities[1] = { ...ws.priorities[1], nonNegotiable: { min: 4 } } as never;
    const review = reviewCounterOffer(ws, 'thamesbank', { now: NOW });
    expect(review?.before.rank).toBeNull();
    expect(review?.coreReason?.kind).toBe('non-negotiable');
    expect(review?.addresses).toBe('yes');
  });

  it('reports a counter on the leading offer as widening the lead', () => {
    const ws = anaRace({
      alpenwerk: {
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'written', pay: { base: 105000 } }],
      },
    });
    const review = reviewCounterOffer(ws, 'alpenwerk', { now: NOW });
    expect(review?.addresses).toBe('was-leading');
    expect(review?.after.score).toBeGreaterThan(review?.before.score ?? 1);
  });

  it('returns null for an offer without counter-offers', () => {
    expect(reviewCounterOffer(anaRace(), 'alpenwerk', { now: NOW })).toBeNull();
  });
});

describe('counter-offer validation', () => {
  it('names a counter-offer rating for a priority that does not exist', () => {
    const ws = anaWorkspace({
      thamesbank: {
        counterOffers: [{ at: '2026-11-24T10:00:00Z', source: 'written', ratings: { vibes: 5 } }],
      },
    });
    const result = validateWorkspace(ws);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: 'offers[0].counterOffers[0].ratings.vibes', message: 'no priority has this id' },
    ]);
  });
});
