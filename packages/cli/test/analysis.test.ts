import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('offerwise sensitivity', () => {
  it('says how solid the choice is, where it would change, and how that was worked out', () => {
    const { code, stdout, stderr } = runCli(['sensitivity', 'examples/international-move.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Thames Digital Bank comes first in \d+ % of 10,000 plausible weightings \(sampled with each weight up to 25 % higher or lower than yours\)/,
    );
    expect(stdout).toMatch(
      /Thames Digital Bank stays first unless Pay after cost of living \(4-year average\) matters less than \d+ % \(then Alpenwerk Mobility AG comes first\); it weighs 40 % now\./,
    );
    expect(stdout).toContain('How often each offer takes each place');
    expect(stdout).toContain('TOPSIS');
    expect(stdout).toContain('the same seed gives the same figures');
  });

  it('prints the same JSON for the same seed and shows pairwise consistency', () => {
    const args = [
      'sensitivity',
      'examples/pairwise-weights.yaml',
      '--samples',
      '2000',
      '--seed',
      '7',
      '--json',
    ];
    const first = runCli(args);
    expect(first.code).toBe(0);
    expect(runCli(args).stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.sampling).toMatchObject({ samples: 2000, seed: 7, kind: 'around' });
    expect(report.consistency.randomIndexTable).toBe('Saaty_1980_pyDecision');
    expect(report.acceptability).toHaveLength(3);
  });

  it('exits 2 on a bad sample count and 1 on an unreadable file', () => {
    const bad = runCli(['sensitivity', 'examples/international-move.yaml', '--samples', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a whole number from 1 to 1,000,000, got "lots"');
    expect(runCli(['sensitivity', 'no-such-file.yaml']).code).toBe(1);
  });
});

describe('offerwise negotiate', () => {
  it('plans the asks that would change the decision, with targets and walk-away points', () => {
    const { code, stdout, stderr } = runCli([
      'negotiate',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Alpenwerk Mobility AG is 0.04 points behind Thames Digital Bank.');
    expect(stdout).toMatch(
      /1\. Base pay: ask for €[\d,]+ a year \(now €98,000\)\. Walk away from anything short of €[\d,]+: with less, Thames Digital Bank stays the better offer\./,
    );
    expect(stdout).toMatch(
      /Your walk-away: if Alpenwerk Mobility AG's total pay comes to less than €[\d,]+ a year/,
    );
  });

  it('prints the plan as JSON for other tools', () => {
    const { code, stdout } = runCli([
      'negotiate',
      'examples/pairwise-weights.yaml',
      '--offer',
      'tulip',
      '--json',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan).toMatchObject({ offerId: 'tulip', position: 'trails', rival: { id: 'harbor' } });
    expect(plan.asks.length).toBeGreaterThan(0);
    expect(plan.asks.length).toBeLessThanOrEqual(3);
  });

  it('exits 2 without --offer or with an offer that is not in the file, naming the choices', () => {
    expect(runCli(['negotiate', 'examples/international-move.yaml']).code).toBe(2);
    const unknown = runCli(['negotiate', 'examples/international-move.yaml', '--offer', 'acme']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      '--offer: examples/international-move.yaml has no offer "acme"; choose one of: thamesbank, alpenwerk\n',
    );
  });

  it('exits 1 and names the problem when the workspace is invalid', () => {
    const { code, stderr } = runCli(['negotiate', '-', '--offer', 'a'], { input: 'version: 2\n' });
    expect(code).toBe(1);
    expect(stderr).toContain('problem');
  });
});

describe('offerwise evaluate with pairwise weights', () => {
  it('says the weights come from pairwise comparisons', () => {
    const { code, stdout } = runCli(['evaluate', 'examples/pairwise-weights.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('Scores (weights from your pairwise comparisons)');
  });
});
