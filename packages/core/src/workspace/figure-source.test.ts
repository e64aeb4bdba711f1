import { describe, expect, it } from 'vitest';
import type { Offer } from './document';
import { figureSource, unwrittenFigures } from './figure-source';

const letter = { source: 'written' as const, document: 'offer.pdf', on: '2026-11-04' };
const offer: Offer = {
  id: 'a',
  company: 'A',
  role: 'B',
  location: { country: 'DE' },
  currency: 'EUR',
  startDate: '2027-03-01',
  pay: { base: 90000, signOn: [{ amount: 5000, source: 'written' }] },
  sources: { 'pay.base': letter, 'pay.signOn': letter, startDate: letter },
};

describe('figureSource', () => {
  it('keeps the letter as the origin while the items agree', () => {
    expect(figureSource(offer, 'pay.signOn')).toMatchObject({
      origin: 'written',
      document: 'offer.pdf',
    });
  });

  it('lets a later edit of an item to "verbal" win over the older written record', () => {
    const edited: Offer = {
      ...offer,
      pay: { ...offer.pay, signOn: [{ amount: 8000, source: 'verbal' }] },
    };
    expect(figureSource(edited, 'pay.signOn')).toEqual({
      path: 'pay.signOn',
      label: 'signing bonus',
      origin: 'verbal',
    });
    expect(unwrittenFigures(edited).map((f) => f.path)).toEqual(['pay.signOn']);
  });

  it('reads base and start date from their own records, which the offer editor sets', () => {
    const said: Offer = {
      ...offer,
      sources: { ...offer.sources, startDate: { source: 'verbal' } },
    };
    expect(figureSource(said, 'startDate').origin).toBe('verbal');
    expect(figureSource(said, 'pay.base').origin).toBe('written');
  });
});
