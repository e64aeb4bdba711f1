import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../test/ana-workspace';
import { readWorkspace, validateWorkspace } from './file';

const issuesOf = (data: unknown) => {
  const result = validateWorkspace(data);
  return result.ok ? [] : result.issues;
};

describe('values no real workspace has are validation issues, not crashes later', () => {
  it('refuses a time zone that is not an IANA name', () => {
    const issues = issuesOf(anaWorkspace({ profile: { timeZone: 'Mars/Olympus_Mons' } }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'profile.timeZone',
        message: expect.stringContaining('IANA'),
      }),
    ]);
  });

  it('accepts IANA names, aliases included', () => {
    for (const timeZone of ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC']) {
      expect(validateWorkspace(anaWorkspace({ profile: { timeZone } })).ok).toBe(true);
    }
  });

  it('refuses a three-letter currency that ISO 4217 does not have', () => {
    const issues = issuesOf(anaWorkspace({ alpenwerk: { currency: 'EUD' } }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'offers[1].currency',
        message: expect.stringContaining('ISO 4217'),
      }),
    );
  });

  it('refuses an amount beyond a trillion (1e308 would print as "€∞" and rank first)', () => {
    const ana = anaWorkspace();
    const alpenwerk = ana.offers[1];
    if (!alpenwerk) throw new Error('the example has two offers');
    const issues = issuesOf(
      anaWorkspace({ alpenwerk: { pay: { ...alpenwerk.pay, base: 1e308 } } }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['offers[1].pay.base']);
  });

  it.each([
    ['0000-01-01T09:00:00Z', 'deadline'],
    ['2026-11-20T10:00:00+01:00', undefined],
  ])('checks the year of the instant %s', (deadline, failing) => {
    const issues = issuesOf(anaWorkspace({ alpenwerk: { deadline } }));
    expect(issues.map((issue) => issue.path)).toEqual(failing ? [`offers[1].${failing}`] : []);
  });

  it('refuses a start date in year 0000', () => {
    const issues = issuesOf(anaWorkspace({ alpenwerk: { startDate: '0000-03-01' } }));
    expect(issues).toEqual([
      { path: 'offers[1].startDate', message: 'expected a year from 1900 to 2199' },
    ]);
  });

  it('refuses more offers than anyone compares (the evaluation stays quick)', () => {
    const ana = anaWorkspace();
    const offers = Array.from({ length: 51 }, (_, i) => ({ ...ana.offers[0], id: `offer-${i}` }));
    const issues = issuesOf({ ...ana, offers });
    expect(issues[0]?.path).toBe('offers');
  });
});

describe('reading a file bounds the work a file can ask for', () => {
  it('answers a "billion laughs" alias file with an issue instead of a crash', () => {
    const text = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    const result = readWorkspace(text);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ message: expect.stringContaining('aliases') })],
    });
  });

  it('refuses nesting far deeper than a workspace has, before the parser recurses', () => {
    const text = `version: 1\ntitle: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const result = readWorkspace(text);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '', message: 'nested more than 64 levels deep', line: 2 }],
    });
  });

  it("is not fooled by an apostrophe in plain text (Ana's offer) into missing the nesting", () => {
    const text = `title: Ana's offer\nnote: ${'{'.repeat(70)}\n`;
    const result = readWorkspace(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toContain('nested');
  });

  it('refuses a file over 1 MiB, naming its size', () => {
    const result = readWorkspace(`# ${'x'.repeat(1024 * 1024)}\nversion: 1\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/1025 KB.*at most 1024 KB/);
  });
});
