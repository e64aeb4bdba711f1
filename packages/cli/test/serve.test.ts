import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

const bin = fileURLToPath(new URL('../bin/offerwise.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'offerwise-cli-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('offerwise serve', () => {
  it('starts the server, prints its URL and stops cleanly on SIGTERM', async () => {
    const { DATABASE_URL: _embedded, ...env } = process.env;
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', dataDir], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, mode: 'local' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('refuses to listen beyond loopback in local mode, exiting 2', () => {
    const { code, stderr } = runCli(['serve', '--host', '0.0.0.0', '--data', dataDir]);
    expect(code).toBe(2);
    expect(stderr).toContain('OFFERWISE_MODE=server');
  });
});
