import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Output piped to a file or another program must be plain text, even when the user has not set
// NO_COLOR: escape codes there are noise (the tables once drew grey borders regardless). CI is
// removed too: picocolors turns colour on wherever it is set, as in .ci/run.
describe('piped output', () => {
  const { NO_COLOR: _, FORCE_COLOR: __, CI: ___, ...env } = process.env;
  it.each([
    ['net', '--country', 'GB', '--gross', '90000', '--region', 'GB-SCT'],
    ['evaluate', 'examples/international-move.yaml'],
    ['sensitivity', 'examples/international-move.yaml'],
  ])('%s prints no colour codes', (...args) => {
    const { code, stdout } = runCli(args, { env });
    expect(code).toBe(0);
    expect(stdout).toContain('│');
    expect(stdout).not.toContain('\u001b[');
  });
});
