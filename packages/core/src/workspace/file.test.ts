import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkspace, validateWorkspace, workspaceJsonSchemaText, writeWorkspace } from './file';
import { formatIssue } from './issues';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const minimal = `version: 1
profile:
  homeCurrency: EUR
  homeLocation: { country: DE }
priorities:
  - { id: growth, label: Growth, measure: rating }
offers:
  - id: acme
    company: Acme
    role: Engineer
    location: { country: DE }
    currency: EUR
    pay: { base: 90000 }
  - id: globex
    company: Globex
    role: Engineer
    location: { country: US }
    currency: USD
    pay:
      base: 98k
`;

function issuesOf(text: string) {
  const result = readWorkspace(text);
  if (result.ok) throw new Error('expected the workspace to be rejected');
  return result.issues;
}

describe('readWorkspace', () => {
  it.each(readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml')))(
    'accepts examples/%s',
    (file) => {
      const result = readWorkspace(read(`examples/${file}`));
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    },
  );

  it('names the path, the expected type and the value given, with its line and column', () => {
    const issues = issuesOf(minimal);
    expect(issues).toContainEqual({
      path: 'offers[1].pay.base',
      message: 'expected a number, got "98k"',
      line: 20,
      column: 13,
    });
    expect(formatIssue(issues[0] as never)).toMatch(/^line \d+, column \d+: /);
  });

  it('reports a cross-field rule at its path: a currency without an exchange rate', () => {
    // The ECB publishes no dirham rate, so neither the user nor the shipped snapshot has one.
    const issues = issuesOf(
      minimal.replace('base: 98k', 'base: 98000').replace('currency: USD', 'currency: AED'),
    );
    expect(issues.map(formatIssue)).toEqual([
      'line 18, column 15: offers[1].currency: no exchange rate for AED, and the shipped ECB rates do not cover it: add rates.fx.AED (EUR per AED)',
    ]);
  });

  it('accepts a currency the user gave no rate for when the shipped ECB rates cover it', () => {
    expect(readWorkspace(minimal.replace('base: 98k', 'base: 98000')).ok).toBe(true);
  });

  it('gives the line and column of a YAML syntax error', () => {
    const issues = issuesOf('version: 1\nprofile:\n  homeCurrency: [EUR\n');
    expect(issues[0]?.line).toBeGreaterThanOrEqual(3);
    expect(issues[0]?.column).toBeGreaterThanOrEqual(1);
    expect(issues[0]?.path).toBe('');
  });

  it('reads JSON as well as YAML', () => {
    const workspace = readWorkspace(read('examples/two-local-offers.yaml'));
    if (!workspace.ok) throw new Error('example should be valid');
    const again = readWorkspace(writeWorkspace(workspace.value, 'json'));
    expect(again).toEqual(workspace);
  });

  it('round-trips through YAML without loss', () => {
    const workspace = readWorkspace(read('examples/international-move.yaml'));
    if (!workspace.ok) throw new Error('example should be valid');
    expect(readWorkspace(writeWorkspace(workspace.value, 'yaml'))).toEqual(workspace);
  });

  it('names unknown fields, a bad enum value and a missing required field', () => {
    const text = minimal
      .replace('base: 98k', 'base: 98000\n      salary: 1')
      .replace('measure: rating', 'measure: vibes')
      .replace(
        '    role: Engineer\n    location: { country: US }',
        '    location: { country: US }',
      );
    const messages = issuesOf(text).map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('offers[1].pay.salary: unknown field');
    expect(messages).toContain(
      'priorities[0].measure: expected one of "number", "rating", "pay-avg-4y", "pay-year-1", got "vibes"',
    );
    expect(messages).toContain('offers[1].role: required: expected text');
  });

  it('refuses a duplicate key instead of silently keeping the last one', () => {
    const issues = issuesOf('version: 1\nversion: 1\n');
    expect(issues[0]?.message).toMatch(/unique/i);
    expect(issues[0]?.line).toBe(2);
  });
});

describe('cross-field rules', () => {
  const base = {
    version: 1,
    profile: { homeCurrency: 'EUR', homeLocation: { country: 'DE' } },
    priorities: [
      { id: 'pay', label: 'Pay', measure: 'pay-avg-4y', worst: 50000, best: 100000 },
      { id: 'commute', label: 'Commute', measure: 'number', worst: 60, best: 0 },
    ],
    offers: [
      {
        id: 'a',
        company: 'A',
        role: 'R',
        location: { country: 'DE' },
        currency: 'EUR',
        pay: { base: 1 },
      },
    ],
  };
  const messages = (data: unknown) => {
    const result = validateWorkspace(data);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('accepts the base document', () => {
    expect(messages(base)).toEqual([]);
  });

  it('asks for a scale on number and pay measures', () => {
    const priorities = [{ id: 'pay', label: 'Pay', measure: 'pay-avg-4y' }];
    expect(messages({ ...base, priorities })).toEqual([
      'priorities[0]: give worst and best (or valueFunction.points) to place values on 0–1',
    ]);
  });

  it('wants direct weights for exactly the priorities there are', () => {
    const weighting = { method: 'direct', weights: { pay: 2, commuet: 1 } };
    expect(messages({ ...base, weighting })).toEqual([
      'weighting.weights.commute: required: a weight for this priority',
      'weighting.weights.commuet: no priority has this id',
    ]);
  });

  it('catches a misspelt measure id and a value under the wrong field', () => {
    const offers = [{ ...base.offers[0], numbers: { comute: 20 }, ratings: { commute: 3 } }];
    expect(messages({ ...base, offers })).toEqual([
      'offers[0].ratings.commute: priority "commute" is measured as number: put it under numbers',
      'offers[0].numbers.comute: no priority has this id',
    ]);
  });

  it('checks that a vesting schedule adds up to 100 %', () => {
    const offers = [
      {
        ...base.offers[0],
        pay: { base: 1, equity: [{ kind: 'rsu', grantValue: 1, schedulePct: [25, 25, 25] }] },
      },
    ];
    expect(messages({ ...base, offers })).toEqual([
      'offers[0].pay.equity[0].schedulePct: adds up to 75 %; a vesting schedule should add up to 100 %',
    ]);
  });

  it('refuses duplicate offer ids and unordered value-function points', () => {
    const priorities = [
      {
        ...base.priorities[0],
        valueFunction: {
          points: [
            [100000, 1],
            [50000, 0],
          ],
        },
      },
      base.priorities[1],
    ];
    const offers = [base.offers[0], base.offers[0]];
    expect(messages({ ...base, priorities, offers })).toEqual([
      'priorities[0].valueFunction.points: points must be in increasing order of x',
      'offers[1].id: "a" is used twice',
    ]);
  });
});

describe('docs/workspace.schema.json', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    expect(read('docs/workspace.schema.json')).toBe(workspaceJsonSchemaText());
  });
});
