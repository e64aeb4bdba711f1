import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import { lintCorpus } from '../../test/lint-corpus';
import { domainRules } from './rules';
import { runExample } from './run-example';

// These messages are ours and the rules were written against them, so they check behaviour only;
// precision and recall are measured on published messages by `npm run eval-lint`.
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
      expect([...fired].sort()).toEqual([...entry.expect].sort());
    });
  }
});
