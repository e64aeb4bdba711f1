import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import { lint } from './lint';
import { domainRules } from './rules';
import { runExample } from './run-example';

const ana = exampleWorkspace('international-move.yaml');

describe('each domain rule', () => {
  for (const rule of domainRules) {
    it(`${rule.id} reports its documented bad example`, () => {
      const own = runExample(rule.bad, ana).filter((d) => d.ruleId === rule.id);
      expect(own.length).toBeGreaterThan(0);
      for (const d of own) expect(d.source).toBe('offerwise');
    });
    it(`${rule.id} stays quiet on its documented good example`, () => {
      expect(runExample(rule.good, ana)).toEqual([]);
    });
    it(`${rule.id} is kebab-case and has "Unexpected …, expected …" or "Missing …" messages`, () => {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const d of runExample(rule.bad, ana).filter((d) => d.ruleId === rule.id)) {
        expect(d.message).toMatch(/^(?:Unexpected .+, expected .+|Missing .+, expected .+)$/);
      }
    });
  }
});

describe('lint', () => {
  it('positions a diagnostic by 1-based line and column and 0-based offset', () => {
    const text = 'Hi [Name],\nThank you. I have decided to decline.';
    const [placeholder] = lint(text, { scenario: 'decline' });
    expect(placeholder).toMatchObject({
      ruleId: 'no-placeholder',
      severity: 'error',
      line: 1,
      column: 4,
      offset: 3,
      length: 6,
    });
    expect(
      text.slice(placeholder?.offset, (placeholder?.offset ?? 0) + (placeholder?.length ?? 0)),
    ).toBe('[Name]');
  });

  it('offers a fix that fills a placeholder from the workspace', () => {
    const text =
      'Hi Jonas,\n\nThank you for the {{role}} offer. I have decided to decline it.\n\nAna';
    const diagnostics = lint(text, {
      scenario: 'decline',
      workspace: ana,
      offerId: 'alpenwerk',
    });
    expect(diagnostics.map((d) => d.fix?.text)).toEqual(['Principal Engineer']);
  });

  it('reports the general prose rules from retext plugins with their own source', () => {
    const text = 'Thank you. I have decided to decline the the offer.';
    const [repeated] = lint(text);
    expect(repeated).toMatchObject({
      ruleId: 'repeated-words',
      source: 'retext-repeated-words',
      severity: 'warning',
    });
    expect(repeated?.fix).toEqual({ offset: text.indexOf('the the'), length: 7, text: 'the' });
  });

  it('uses the word lists of the language it is given', () => {
    const german = 'Hallo Jonas,\n\nich werde vielleicht absagen.\n\nViele Grüße\nAna';
    const ids = lint(german, { scenario: 'decline', language: 'de' }).map((d) => d.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining(['decision-not-definitive', 'no-hedging', 'missing-thanks']),
    );
    expect(
      lint(german, { scenario: 'decline', language: 'en' }).map((d) => d.ruleId),
    ).not.toContain('no-hedging');
  });

  it('returns nothing for an empty message', () => {
    expect(lint('')).toEqual([]);
  });

  it('is deterministic: the same text and context give the same diagnostics', () => {
    const text = 'Hi Jonas, sorry, so sorry. Maybe I decline?';
    expect(lint(text, { scenario: 'decline' })).toEqual(lint(text, { scenario: 'decline' }));
  });

  it('keeps every diagnostic inside the text, with line and column matching its offset', () => {
    const wordy = fc.constantFrom(
      'Hi [Name],',
      'sorry',
      'Thank you.',
      'I might decline',
      '\n',
      ' ',
      'the the',
      '€98,000',
      'maybe',
      'chaotic',
      '{{x}}',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(wordy, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const d of lint(text, { scenario: 'decline' })) {
          expect(d.offset + d.length).toBeLessThanOrEqual(text.length);
          const before = text.slice(0, d.offset).split('\n');
          expect(d.line).toBe(before.length);
          expect(d.column).toBe((before.at(-1)?.length ?? 0) + 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
