import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// One contract for every command (docs/errors.md): 1 when a file is missing or invalid,
// 2 when the command line is wrong (an unknown option, a bad value, an --offer the file does
// not have), never a stack trace; with --json the failure is JSON on stdout.

const dir = mkdtempSync(join(tmpdir(), 'offerwise-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const two = 'examples/international-move.yaml';
const one = 'examples/single-offer.yaml';
const invalid = join(dir, 'invalid.yaml');
writeFileSync(invalid, 'version: 1\nprofile: { homeCurrency: EUR }\n');
const badZone = join(dir, 'bad-zone.yaml');
writeFileSync(
  badZone,
  'version: 1\nprofile: { homeCurrency: EUR, homeLocation: { country: DE }, timeZone: Mars/Base }\npriorities: [{ id: g, label: G, measure: rating }]\noffers: []\n',
);
const message = join(dir, 'message.txt');
writeFileSync(message, 'Thank you for the offer. I have decided to decline it.\n');
const huge = join(dir, 'huge.txt');
writeFileSync(huge, 'Thank you. '.repeat(10_000));
const missing = join(dir, 'missing.yaml');

const cases: [string, string[], 1 | 2][] = [
  ['an unknown command', ['decide', two], 2],
  ['an unknown option', ['evaluate', two, '--colour'], 2],
  ['evaluate: a missing file', ['evaluate', missing], 1],
  ['evaluate: an invalid file', ['evaluate', invalid], 1],
  ['evaluate: a time zone that does not exist', ['evaluate', badZone], 1],
  ['evaluate: a bad --now', ['evaluate', two, '--now', 'soon'], 2],
  ['timeline: a missing file', ['timeline', missing], 1],
  ['timeline: a time zone that does not exist', ['timeline', badZone], 1],
  ['timeline: a bad --now', ['timeline', two, '--now', '2026-13-45'], 2],
  [
    'timeline: an .ics that cannot be written',
    ['timeline', two, '--ics', join(dir, 'no/such/dir.ics')],
    1,
  ],
  ['sensitivity: a missing file', ['sensitivity', missing], 1],
  ['sensitivity: --samples 0', ['sensitivity', two, '--samples', '0'], 2],
  ['sensitivity: --seed abc', ['sensitivity', two, '--seed', 'abc'], 2],
  ['negotiate: no --offer', ['negotiate', two], 2],
  ['negotiate: an unknown --offer', ['negotiate', two, '--offer', 'acme'], 2],
  ['negotiate: an invalid file', ['negotiate', invalid, '--offer', 'acme'], 1],
  ['draft: an unknown scenario', ['draft', 'ghost', one, '--offer', 'nordlicht'], 2],
  ['draft: an unknown --offer', ['draft', 'decline', one, '--offer', 'acme'], 2],
  ['draft: --days abc', ['draft', 'extension', one, '--offer', 'nordlicht', '--days', 'abc'], 2],
  ['draft: --days 0', ['draft', 'extension', one, '--offer', 'nordlicht', '--days', '0'], 2],
  ['draft: --days 99', ['draft', 'extension', one, '--offer', 'nordlicht', '--days', '99'], 2],
  ['draft: a bad --ask', ['draft', 'negotiate', one, '--offer', 'nordlicht', '--ask', 'more'], 2],
  ['draft: a missing file', ['draft', 'decline', missing, '--offer', 'nordlicht'], 1],
  ['draft: an invalid file', ['draft', 'decline', invalid, '--offer', 'nordlicht'], 1],
  ['lint: a missing message', ['lint', join(dir, 'missing.txt')], 1],
  ['lint: a message over the size limit', ['lint', huge], 1],
  ['lint: --offer without --workspace', ['lint', message, '--offer', 'acme'], 2],
  ['lint: an unknown --offer', ['lint', message, '--workspace', two, '--offer', 'acme'], 2],
  ['lint: no --offer for a workspace of two', ['lint', message, '--workspace', two], 2],
  ['lint: an invalid workspace', ['lint', message, '--workspace', invalid], 1],
  ['lint: an unknown --lang', ['lint', message, '--lang', 'fr'], 2],
  ['init: a file that exists', ['init', message], 1],
  ['serve: a bad --port', ['serve', '--port', 'http'], 2],
  ['serve: a non-loopback host in local mode', ['serve', '--host', '0.0.0.0'], 2],
];

describe('exit codes', () => {
  const named = (list: typeof cases) =>
    list.map(([what, args, expected]) => ({ what, args, expected }));

  it.each(named(cases))(
    '$what exits $expected with a message and no stack trace',
    ({ args, expected }) => {
      const { code, stdout, stderr } = runCli(args);
      expect(code, stderr).toBe(expected);
      expect(stderr.trim().length).toBeGreaterThan(0);
      expect(stdout + stderr).not.toMatch(/\n\s+at |node:internal|\.js:\d+:\d+/);
    },
  );

  const jsonCases = cases.filter(([what]) => !what.startsWith('init') && !what.startsWith('serve'));
  it.each(named(jsonCases))(
    '$what with --json: the same code, the failure as JSON on stdout',
    ({ args, expected }) => {
      const { code, stdout } = runCli([...args, '--json']);
      expect(code).toBe(expected);
      const body = JSON.parse(stdout) as { error: { exitCode: number; message: string } };
      expect(body.error.exitCode).toBe(expected);
      expect(body.error.message.length).toBeGreaterThan(0);
    },
  );

  it('gives the issues of an invalid file as data with --json', () => {
    const { stdout } = runCli(['evaluate', invalid, '--json']);
    const body = JSON.parse(stdout) as { error: { issues: { path: string; line?: number }[] } };
    expect(body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'profile.homeLocation', line: 2 }),
    );
  });
});
