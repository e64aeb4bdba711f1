import { describe, expect, it } from 'vitest';
import { lintWordsFor } from './index';

describe('lint words', () => {
  it('builds each language once and hands out the same compiled patterns after', () => {
    const first = lintWordsFor('de');
    expect(lintWordsFor('de')).toBe(first);
    expect(lintWordsFor('en')).not.toBe(first);
    expect('Ich sage die Stelle ab'.match(first.declineVerb)).not.toBeNull();
  });
});
