import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../test/ana-workspace';
import { offerSchema } from '../workspace/document';
import { figureSource, unwrittenFigures } from '../workspace/figure-source';
import { applyLetter, deadlineInstant, letterProposals, offerChanges } from './letter-to-offer';
import { readLetter } from './read-letter';

const now = new Date('2026-11-05T10:00:00Z');
const letter = `Dear Ana,
We are pleased to offer you the position of Data Lead at Fjord Systems AS.
Your start date will be March 1, 2027.
Your annual base salary will be EUR 96,000.
You will receive a signing bonus of EUR 6,000. If you resign within 12 months you will repay it pro rata.
You will be granted restricted stock units with a value of EUR 40,000, vesting over four years with 25% after one year and then monthly.
Please sign and return this letter by November 20, 2026.`;
const document = { name: 'fjord-offer.pdf', on: '2026-11-04' };
const profile = {
  homeCurrency: 'EUR',
  homeLocation: { country: 'DE', city: 'Berlin' },
  timeZone: 'Europe/Berlin',
};

describe('applyLetter', () => {
  const reading = readLetter(letter, { now });
  const proposals = letterProposals(reading);
  const acceptAll = proposals.map((p) => ({ id: p.id, accept: true }));

  it('builds a new offer that passes the schema, every figure marked written with the letter', () => {
    const offer = applyLetter(undefined, proposals, acceptAll, {
      document,
      offerId: 'fjord',
      profile,
    });
    expect(offerSchema.safeParse(offer).success).toBe(true);
    expect(offer).toMatchObject({
      id: 'fjord',
      role: 'Data Lead',
      currency: 'EUR',
      startDate: '2027-03-01',
      deadline: '2026-11-20T23:59:00+01:00',
      pay: {
        base: 96000,
        signOn: [{ amount: 6000, clawbackMonths: 12, clawback: 'pro-rata', source: 'written' }],
        equity: [
          {
            kind: 'rsu',
            grantValue: 40000,
            schedulePct: [25, 25, 25, 25],
            cliffMonths: 12,
            cadence: 'monthly',
            source: 'written',
          },
        ],
      },
    });
    expect(figureSource(offer, 'pay.base')).toEqual({
      path: 'pay.base',
      label: 'base salary',
      origin: 'written',
      document: 'fjord-offer.pdf',
      on: '2026-11-04',
    });
    expect(offer.sources?.['pay.base']?.quote).toBe('Your annual base salary will be EUR 96,000.');
    expect(unwrittenFigures(offer)).toEqual([]);
  });

  it('changes nothing the person rejected, and shows old beside new when merging', () => {
    const existing = structuredClone(anaWorkspace().offers[1]);
    if (!existing) throw new Error('Ana has two offers');
    const merged = letterProposals(reading, existing);
    const base = merged.find((p) => p.id === 'base');
    expect(base?.before).not.toBeNull();
    expect(base?.after).toBe('96,000 a year');
    const decisions = merged.map((p) => ({ id: p.id, accept: p.id === 'base' }));
    const after = applyLetter(existing, merged, decisions, { document, offerId: 'x', profile });
    expect(offerChanges(existing, after).map((c) => c.path)).toEqual(['pay.base', 'sources']);
    expect(after.startDate).toBe(existing.startDate);
  });

  it('takes the person’s edit instead of the value read', () => {
    const decisions = proposals.map((p) =>
      p.id === 'base'
        ? {
            id: p.id,
            accept: true,
            value: { ...p.field.value, annual: 99000 } as typeof p.field.value,
          }
        : { id: p.id, accept: true },
    );
    const offer = applyLetter(undefined, proposals, decisions, {
      document,
      offerId: 'fjord',
      profile,
    });
    expect(offer.pay.base).toBe(99000);
  });

  it('asks for a share price before RSUs given as a count can be valued, and marks the value an estimate', () => {
    const r = readLetter(
      'You will be granted 1,000 restricted stock units, vesting annually over four years.',
      { now },
    );
    const [equity] = letterProposals(r);
    expect(equity?.needs).toEqual(['price']);
    const offer = applyLetter(
      undefined,
      letterProposals(r),
      [
        { id: 'equity', accept: true, price: 50 },
        { id: 'vesting', accept: true },
      ],
      { document, offerId: 'x', profile },
    );
    expect(offer.pay.equity?.[0]).toMatchObject({
      kind: 'rsu',
      grantValue: 50000,
      source: 'estimate',
    });
    expect(figureSource(offer, 'pay.equity').origin).toBe('estimate');
  });

  it('moves the offer to the work location the letter states, dropping a region of another country', () => {
    const r = readLetter('You will be based at our offices in Seattle, Washington.', { now });
    const [proposal] = letterProposals(r, {
      id: 'x',
      company: 'A',
      role: 'B',
      location: { country: 'DE', city: 'Berlin', region: 'DE-BE' },
      currency: 'EUR',
      pay: { base: 1 },
    });
    expect(proposal).toMatchObject({
      path: 'location',
      before: 'Berlin, DE-BE',
      after: 'Seattle, US-WA',
    });
    const offer = applyLetter(undefined, letterProposals(r), [{ id: 'location', accept: true }], {
      document,
      offerId: 'x',
      profile,
    });
    expect(offer.location).toEqual({ country: 'US', city: 'Seattle', region: 'US-WA' });
    const cityOnly = readLetter('Your place of work will be Tromsø.', { now });
    const moved = applyLetter(
      undefined,
      letterProposals(cityOnly),
      [{ id: 'location', accept: true }],
      { document, offerId: 'x', profile },
    );
    expect(moved.location).toEqual({ country: 'DE', city: 'Tromsø' });
    expect(offerSchema.safeParse(moved).success).toBe(true);
  });

  it('keeps the stated time and zone of a deadline', () => {
    expect(
      deadlineInstant(
        { key: 'deadline', date: '2026-11-13', time: '17:00', offsetMinutes: -480 },
        'Europe/Berlin',
      ),
    ).toBe('2026-11-13T17:00:00-08:00');
  });
});
