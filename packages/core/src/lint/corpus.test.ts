import { afterAll, describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import { lintCorpus } from '../../test/lint-corpus';
import { domainRules } from './rules';
import { runExample } from './run-example';

const tally = new Map(domainRules.map((rule) => [rule.id, { tp: 0, fp: 0, fn: 0, tn: 0 }]));

describe('the message corpus', () => {
  it('has at least 40 messages and covers every rule firing and staying quiet', () => {
    expect(lintCorpus.length).toBeGreaterThanOrEqual(40);
    for (const rule of domainRules) {
      expect(lintCorpus.filter((entry) => entry.expect.includes(rule.id)).length).toBeGreaterThan(
        0,
      );
      expect(lintCorpus.filter((entry) => !entry.expect.includes(rule.id)).length).toBeGreaterThan(
        0,
      );
    }
  });

  for (const entry of lintCorpus) {
    const label = entry.expect.length > 0 ? entry.expect.join(', ') : 'nothing';
    it(`${entry.name}: reports ${label}`, () => {
      const fired = new Set(
        runExample(entry, exampleWorkspace('international-move.yaml'))
          .filter((d) => d.source === 'offerwise')
          .map((d) => d.ruleId),
      );
      for (const rule of domainRules) {
        const counts = tally.get(rule.id);
        if (!counts) continue;
        const want = entry.expect.includes(rule.id);
        const got = fired.has(rule.id);
        if (want && got) counts.tp++;
        else if (got) counts.fp++;
        else if (want) counts.fn++;
        else counts.tn++;
      }
      expect([...fired].sort()).toEqual([...entry.expect].sort());
    });
  }

  afterAll(() => {
    const rows = [...tally].map(([id, { tp, fp, fn }]) => {
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      return `${id.padEnd(26)} precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
    });
    console.log(`Lint corpus, ${lintCorpus.length} messages:\n${rows.join('\n')}`);
  });
});
