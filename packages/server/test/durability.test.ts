import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import {
  exampleText,
  exampleWorkspace,
  exited,
  openTestDatabase,
  packageDir,
  spawnServer,
  type WorkspaceBody,
} from './helper';

let dataDir: string;

// Runs dist/serve.js, the bundle `npm start` runs (built by the test global setup), so this also
// shows that start needs no TypeScript tooling.
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'offerwise-durability-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** The bundled server on this test file's data folder, on the embedded database. */
const serve = () => spawnServer({ dataDir });

describe('the embedded database (PGlite data directory)', () => {
  it('loses no acknowledged write when the process is killed with SIGKILL', async () => {
    const first = await serve();
    const created = await fetch(`${first.url}/api/workspaces/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: exampleText('international-move.yaml'),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as WorkspaceBody;
    // Ten acknowledged writes in a row, then the kill lands right after the last 201.
    let acknowledged: WorkspaceBody | undefined;
    for (let version = 1; version <= 10; version++) {
      const updated = await fetch(`${first.url}/api/workspaces/${id}/offers/thamesbank/history`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
        body: JSON.stringify({
          event: { at: '2026-11-26T09:00:00Z', type: 'note', note: `#${version}` },
        }),
      });
      expect(updated.status).toBe(201);
      acknowledged = (await updated.json()) as WorkspaceBody;
    }
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await serve();
    const read = await fetch(`${second.url}/api/workspaces/${id}`);
    expect(read.status).toBe(200);
    const stored = (await read.json()) as WorkspaceBody;
    expect(stored.version).toBe(11);
    expect(stored.workspace).toEqual(acknowledged?.workspace);
    second.child.kill('SIGKILL');
    await exited(second.child);
  }, 60_000);

  it('refuses a second process on the same data folder: exit 1, naming the folder and holder', async () => {
    const first = await serve();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const second = spawn(process.execPath, ['dist/serve.js', '--port', '0', '--data', dataDir], {
      cwd: packageDir,
      env: { ...env, OFFERWISE_MODE: 'local' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    second.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    expect(await exited(second)).toBe(1);
    expect(err).toContain(dataDir);
    expect(err).toContain(`pid ${first.child.pid}`);
    // The first one is untouched and keeps answering.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
  }, 60_000);

  it('syncs the write-ahead log to disk before it acknowledges a write', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'offerwise-fsync-'));
    const database = await openTestDatabase({ kind: 'pglite', dataDir: folder });
    const app = await buildApp({ database, mode: 'local' });
    try {
      const before = database.fsyncs();
      const response = await app.inject({
        method: 'POST',
        url: '/api/workspaces',
        payload: exampleWorkspace(),
      });
      expect(response.statusCode).toBe(201);
      // PostgreSQL's commit calls fsync on the WAL; PGlite used to drop those calls.
      expect(database.fsyncs()).toBeGreaterThan(before);
    } finally {
      await app.close();
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const running = await serve();
    const body = Buffer.from(exampleText('single-offer.yaml'));
    const half = Math.floor(body.length / 2);
    const request = http.request(`${running.url}/api/workspaces/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml', 'content-length': body.length },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', reject);
    });
    // Half the body now, the signal while the server waits for the rest, then the rest.
    request.write(body.subarray(0, half));
    await delay(300);
    running.child.kill('SIGTERM');
    await delay(300);
    request.end(body.subarray(half));

    const { status, text } = await answered;
    expect(status).toBe(201);
    expect(await exited(running.child)).toBe(0);

    const again = await serve();
    const { id } = JSON.parse(text) as WorkspaceBody;
    expect((await fetch(`${again.url}/api/workspaces/${id}`)).status).toBe(200);
    again.child.kill('SIGTERM');
    await exited(again.child);
  }, 60_000);

  it('stops on SIGTERM with exit code 0 and keeps the data', async () => {
    const running = await serve();
    const before = await fetch(`${running.url}/api/workspaces`);
    const count = ((await before.json()) as { workspaces: unknown[] }).workspaces.length;
    running.child.kill('SIGTERM');
    expect(await exited(running.child)).toBe(0);

    const again = await serve();
    const after = await fetch(`${again.url}/api/workspaces`);
    expect(((await after.json()) as { workspaces: unknown[] }).workspaces).toHaveLength(count);
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toBe(0);
  }, 60_000);
});
