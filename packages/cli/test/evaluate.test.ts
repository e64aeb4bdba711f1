import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

describe('offerwise evaluate', () => {
  it('prints pay by year, scores, the screen and the explanation side by side', () => {
    const { code, stdout, stderr } = runCli(['evaluate', 'examples/two-local-offers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Pay by year (USD)');
    expect(stdout).toMatch(/Year 1\s+│ US\$\d/);
    expect(stdout).toContain('screened out');
    expect(stdout).toContain(
      'Pecan Labs is the only offer that passes all of your non-negotiables',
    );
    expect(stdout).toContain(
      'Commute each way: 55 min on a straight line from 60 min (worst, 0) to 0 min (best, 1)',
    );
  });

  it('prints the evaluation as JSON for other tools', () => {
    const { code, stdout } = runCli([
      'evaluate',
      'examples/two-local-offers.yaml',
      '--json',
      '--now',
      '2026-11-25T12:00:00Z',
    ]);
    expect(code).toBe(0);
    const evaluation = JSON.parse(stdout);
    expect(evaluation.evaluatedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(
      evaluation.offers.map((o: { id: string; rank: number | null; failed: string[] }) => [
        o.id,
        o.rank,
        o.failed,
      ]),
    ).toEqual([
      ['lonestar', null, ['commute']],
      ['pecan', 1, []],
    ]);
    expect(evaluation.offers[1].pay.years).toHaveLength(4);
  });

  it('exits 1 and names each bad path with its line, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const file = join(dir, 'bad.yaml');
    const text = readFileSync('examples/two-local-offers.yaml', 'utf8')
      .replace('base: 155000', 'base: 155k')
      .replace('measure: rating', 'measure: stars');
    writeFileSync(file, text);
    const { code, stdout, stderr } = runCli(['evaluate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 problems found');
    expect(stderr).toMatch(
      /line \d+, column \d+: offers\[1\]\.pay\.base: expected a number, got "155k"/,
    );
    expect(stderr).toMatch(/line \d+, column \d+: priorities\[2\]\.measure: expected one of/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 1 with the line and column of a YAML syntax error', () => {
    const { code, stderr } = runCli(['evaluate', '-'], {
      input: 'version: 1\nprofile: {homeCurrency: EUR\n',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/-: 1 problem found\n {2}line \d+, column \d+: /);
  });

  it('exits 1 when the file does not exist', () => {
    const { code, stderr } = runCli(['evaluate', 'no-such-file.yaml']);
    expect(code).toBe(1);
    expect(stderr).toBe('no-such-file.yaml: cannot read the file (no such file)\n');
  });

  it('exits 2 on a usage mistake', () => {
    expect(runCli(['evaluate']).code).toBe(2);
    expect(runCli(['evaluate', 'examples/single-offer.yaml', '--colour']).code).toBe(2);
    expect(runCli(['compare-everything']).code).toBe(2);
  });
});

describe('offerwise init', () => {
  it('writes a commented starter workspace that evaluates cleanly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const init = runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    const text = readFileSync(join(dir, 'offerwise.yaml'), 'utf8');
    expect(text).toMatch(/^# Offerwise workspace/);
    const { code, stdout } = runCli(['evaluate', join(dir, 'offerwise.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Example Company is the only offer that passes');
  });

  it('starts from an example dated from today: its deadlines ahead, the example file unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const original = readFileSync(join(repoRoot, 'examples/two-local-offers.yaml'), 'utf8');
    const now = '2028-05-17T08:30:00Z';
    const init = runCli(['init', 'sam.yaml', '--example', 'two-local-offers', '--now', now], {
      cwd: dir,
    });
    expect(init.code).toBe(0);
    const text = readFileSync(join(dir, 'sam.yaml'), 'utf8');
    expect(text).toMatch(/^# /);
    const deadlines = [...text.matchAll(/deadline: ['"]?([0-9T:+-]+)/g)].map((m) => m[1] as string);
    expect(deadlines).toHaveLength(2);
    for (const deadline of deadlines) expect(Date.parse(deadline)).toBeGreaterThan(Date.parse(now));
    expect(readFileSync(join(repoRoot, 'examples/two-local-offers.yaml'), 'utf8')).toBe(original);
    const timeline = runCli(['timeline', join(dir, 'sam.yaml'), '--now', now]);
    expect(timeline.code).toBe(0);
    expect(timeline.stdout).not.toMatch(/has passed/);
  });

  it('names the examples when asked for one that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const init = runCli(['init', '--example', 'nope'], { cwd: dir });
    expect(init.code).toBe(1);
    expect(init.stderr).toContain('international-move');
  });

  it('refuses to overwrite an existing file unless forced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    writeFileSync(join(dir, 'mine.yaml'), 'keep me');
    const refused = runCli(['init', 'mine.yaml'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('keep me');
    expect(runCli(['init', 'mine.yaml', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toMatch(/^# Offerwise workspace/);
  });
});
