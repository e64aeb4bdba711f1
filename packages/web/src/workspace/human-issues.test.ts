import { validateWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { humanIssue } from './human-issues';

const workspace: Workspace = {
  version: 1,
  profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
  priorities: [{ id: 'growth', label: 'Growth', measure: 'rating' }],
  offers: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Engineer',
      location: { country: 'DE' },
      currency: 'EUR',
      pay: { base: 90000, signOn: [{ amount: 1000 }, { amount: 2000 }] },
    },
  ],
};

/** The words shown for the first problem of a document changed by `change`. */
function wordsFor(change: (doc: Workspace) => void): string[] {
  const doc = structuredClone(workspace);
  change(doc);
  const result = validateWorkspace(doc);
  if (result.ok) throw new Error('expected a problem');
  return result.issues.map(humanIssue);
}

describe('problems in words', () => {
  it('names an emptied base salary the way the issue asks', () => {
    expect(
      wordsFor((doc) => {
        delete ((doc.offers[0] as Workspace['offers'][number]).pay as { base?: number }).base;
      }),
    ).toEqual(['Base salary: enter a number, e.g. 95000']);
  });

  it('names a field inside a list item without its index', () => {
    expect(
      wordsFor((doc) => {
        const second = doc.offers[0]?.pay.signOn?.[1];
        if (second) second.amount = -5;
      }),
    ).toEqual(['Sign-on bonus: enter at least 0']);
  });

  it('names a bad date, an empty name and a rating out of range', () => {
    expect(
      wordsFor((doc) => {
        const offer = doc.offers[0] as Workspace['offers'][number];
        offer.startDate = '1 March';
        offer.company = '';
        offer.ratings = { growth: 7 };
      }),
    ).toEqual([
      'Company: fill this in, e.g. Acme',
      'Start date: enter a date, e.g. 2026-11-27',
      'Rating (1–5): enter at most 5',
    ]);
  });

  it('keeps a rule’s own sentence, without the raw value, where no field is known', () => {
    expect(
      humanIssue({
        path: 'offers[0].currency',
        message: 'no exchange rate for XYZ: add rates.fx.XYZ',
      }),
    ).toBe('Currency: no exchange rate for XYZ: add rates.fx.XYZ');
    expect(humanIssue({ path: 'somewhere.odd', message: 'must not be empty' })).toBe(
      'Fill this in',
    );
  });
});
