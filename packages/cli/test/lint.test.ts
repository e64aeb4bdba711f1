import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

function messageFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'offerwise-lint-')), 'message.txt');
  writeFileSync(file, text);
  return file;
}

const slip =
  'Hi Grace,\n\nThank you for the offer.\nThe process was chaotic, so I might decline.\n\nAna\n';
const clean = 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna\n';
const workspace = ['--workspace', 'examples/international-move.yaml', '--offer', 'alpenwerk'];
const now = ['--now', '2026-11-25T12:00:00Z'];

describe('offerwise lint', () => {
  it('prints diagnostics like a compiler and exits 1 when there is an error', () => {
    const file = messageFile(slip);
    const { code, stdout, stderr } = runCli([
      'lint',
      file,
      ...workspace,
      '--scenario',
      'decline',
      ...now,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:1:4 error no-other-offer-name Unexpected \`Grace\``);
    expect(stdout).toContain(`${file}:4:17 error no-criticism Unexpected criticism \`chaotic\``);
    expect(stdout).toMatch(new RegExp(`${file}:4:\\d+ error decision-not-definitive`));
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 errors, 0 warnings, 0 notes');
  });

  it('exits 0 and says so when the message is clean', () => {
    const { code, stdout } = runCli([
      'lint',
      messageFile(clean),
      ...workspace,
      '--scenario',
      'decline',
      ...now,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/message\.txt: no problems found\n$/);
  });

  it('exits 0 on warnings only', () => {
    const { code, stdout } = runCli([
      'lint',
      messageFile('Hi Jonas, I have decided to decline.\n'),
      '--scenario',
      'decline',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('warning missing-thanks');
  });

  it('reads standard input when given - or no file, and prints JSON with --json', () => {
    for (const args of [['lint', '-'], ['lint']]) {
      const { code, stdout } = runCli([...args, '--json', '--scenario', 'decline'], {
        input: slip,
      });
      expect(code).toBe(1);
      const { diagnostics } = JSON.parse(stdout);
      expect(diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual([
        'no-criticism',
        'decision-not-definitive',
      ]);
      expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 4, column: 17, length: 7 });
    }
  });

  it('checks German with --lang de', () => {
    const { code, stdout } = runCli(['lint', '--lang', 'de', '--scenario', 'decline'], {
      input: 'Hallo Jonas,\n\nvielen Dank. Der Prozess war chaotisch, daher sage ich ab.\n\nAna\n',
    });
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>:3:30 error no-criticism');
  });

  it('exits 2 when --offer comes without --workspace', () => {
    const { code, stderr } = runCli(['lint', messageFile(clean), '--offer', 'alpenwerk']);
    expect(code).toBe(2);
    expect(stderr).toContain('--offer needs --workspace');
  });

  it('exits 1 when the message file does not exist', () => {
    const { code, stderr } = runCli(['lint', 'no-such-message.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-message.txt: cannot read the file (no such file)');
  });
});
