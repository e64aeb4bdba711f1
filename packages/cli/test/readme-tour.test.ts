import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

/** The README's "A short tour" block: each `npx offerwise …` line, as a user copies it. */
function tourLines(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = readme.split('## A short tour')[1]?.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx offerwise '));
}

describe('the README tour', () => {
  const lines = tourLines();

  it('has the commands this test runs', () => {
    expect(lines.length).toBeGreaterThan(8);
  });

  // A dozen cold starts in a row take longer than one test's default on a loaded machine.
  it('runs as written, in order, in a fresh folder beside the examples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-tour-'));
    symlinkSync(join(repoRoot, 'examples'), join(dir, 'examples'));
    for (const line of lines) {
      // `serve` runs until stopped; the server's own tests cover it.
      if (line.startsWith('npx offerwise serve')) continue;
      const [command, output] = line.split(/\s+>\s+/);
      const args = (command ?? '').split(/\s+/).slice(2);
      const result = runCli(args, { cwd: dir });
      expect({ line, code: result.code, stderr: result.stderr }).toEqual({
        line,
        code: 0,
        stderr: expect.any(String),
      });
      if (output) writeFileSync(join(dir, output), result.stdout);
    }
    // The example copied by init is dated from today: its timeline warns of no passed deadline.
    const timeline = runCli(['timeline', 'ana.yaml'], { cwd: dir });
    expect(timeline.stdout).not.toMatch(/has passed/);
  }, 60_000);
});
