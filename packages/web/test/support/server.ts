import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
export const serverEntry = join(repo, 'packages/server/dist/serve.js');
export const hasServer = existsSync(serverEntry);

/**
 * The built server (what `npm start` runs) on a free port with a fresh data directory, serving
 * the built web app and its API, as a user gets it. Stopped with SIGTERM, then the data removed.
 */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const data = mkdtempSync(join(tmpdir(), 'offerwise-web-e2e-'));
  // Always the embedded database in its own directory and local mode, whatever the shell says,
  // so the tests start from an empty home and leave nothing behind.
  const {
    DATABASE_URL: _db,
    OFFERWISE_MODE: _mode,
    PORT: _port,
    HOST: _host,
    ...env
  } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    [serverEntry, '--port', '0', '--data', data],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/[^\s]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}
