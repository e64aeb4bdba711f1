import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptedPdf, letterPdf, zipBombDocx } from '../../server/test/support/letter-files';
import { repoRoot, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'offerwise-read-'));
const pdf = join(dir, 'northwind.pdf');
const now = ['--now', '2026-11-05T10:00:00Z'];

beforeAll(async () => {
  writeFileSync(pdf, await letterPdf(3));
});

describe('offerwise read', () => {
  it('prints each value with the line and sentence it came from', () => {
    const { code, stdout } = runCli(['read', pdf, ...now]);
    expect(code).toBe(0);
    expect(stdout).toContain('base salary: 92,000 a year');
    expect(stdout).toContain(
      'line 6: “Your annual base salary will be EUR 92,000, paid in twelve monthly instalments.”',
    );
    expect(stdout).toContain('start date: 2027-02-01');
  });

  it('prints the reading as JSON', () => {
    const { code, stdout } = runCli(['read', pdf, '--json', ...now]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout);
    expect(
      reading.fields.find((f: { value: { key: string } }) => f.value.key === 'base').value.annual,
    ).toBe(92000);
  });

  it('reads pasted text from standard input', () => {
    const { code, stdout } = runCli(['read', '-', ...now], {
      input: 'Your annual base salary will be £70,000.',
    });
    expect(code).toBe(0);
    expect(stdout).toContain('70,000 a year');
  });

  it('lists a doubtful mention to check, with why nothing was proposed and its sentence', () => {
    // Our own wording: a salary that is cut for a while is not the offer's base.
    const { code, stdout } = runCli(['read', '-', ...now], {
      input:
        'Dear Sam,\nWhile the hiring freeze lasts, your annual salary will be cut to $150,000.\nYour start date will be March 2, 2027.',
    });
    expect(code).toBe(0);
    expect(stdout).not.toContain('base salary: 150,000');
    expect(stdout).toContain('To check — not filled in');
    expect(stdout).toContain(
      'Base salary not proposed: the sentence changes a figure ("cut"), so the amount may be a temporary',
    );
    expect(stdout).toContain(
      'line 2: “While the hiring freeze lasts, your annual salary will be cut to $150,000.”',
    );
    expect(stdout).toContain('start date: 2027-03-02');
  });

  it('shows old and new and writes nothing without --yes', () => {
    const file = join(dir, 'ana.yaml');
    copyFileSync(join(repoRoot, 'examples/international-move.yaml'), file);
    const before = readFileSync(file, 'utf8');
    const { code, stdout, stderr } = runCli([
      'read',
      pdf,
      '--into',
      file,
      '--offer',
      'alpenwerk',
      ...now,
    ]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/base salary: €98,000 → 92,000 a year/);
    expect(stderr).toContain('Nothing written');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('writes the accepted values, marked written, and keeps the file’s comments', () => {
    const file = join(dir, 'ana-write.yaml');
    copyFileSync(join(repoRoot, 'examples/international-move.yaml'), file);
    const { code } = runCli([
      'read',
      pdf,
      '--into',
      file,
      '--offer',
      'northwind',
      '--only',
      'company,role,base,currency,startDate',
      '--yes',
      ...now,
    ]);
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Moving country with a partner')).toBe(true);
    expect(text).toMatch(/id: northwind[\s\S]*base: 92000/);
    expect(text).toMatch(
      /pay\.base:\s+source: written\s+document: northwind\.pdf\s+on: 2026-11-05/,
    );
    expect(text).not.toMatch(/id: northwind[\s\S]*signOn/);
    const evaluated = runCli(['evaluate', file, ...now]);
    expect(evaluated.code).toBe(0);
  });

  it('refuses an encrypted PDF and a ZIP bomb with a message, writing nothing', () => {
    const locked = join(dir, 'locked.pdf');
    writeFileSync(locked, encryptedPdf());
    const a = runCli(['read', locked]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('protected by a password');
    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, zipBombDocx(32));
    const b = runCli(['read', bomb]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('ZIP bomb');
  });
});
