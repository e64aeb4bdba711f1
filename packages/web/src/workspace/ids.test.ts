import { describe, expect, it } from 'vitest';
import { slugId } from './ids';

describe('slugId', () => {
  it('turns a company name into lowercase words joined by dashes', () => {
    expect(slugId('Acme GmbH', [])).toBe('acme-gmbh');
  });

  it('drops accents so the id stays within the schema', () => {
    expect(slugId('Société Générale', [])).toBe('societe-generale');
  });

  it('adds a number when the id is already taken', () => {
    expect(slugId('Acme', ['acme', 'acme-2'])).toBe('acme-3');
  });

  it('falls back to "item" when the label has no letters or digits', () => {
    expect(slugId('—', [])).toBe('item');
  });
});
