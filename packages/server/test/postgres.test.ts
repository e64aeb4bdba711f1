import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { Database, DatabaseTarget } from '../src/db/database';
import {
  exampleWorkspace,
  freshTarget,
  json,
  openTestDatabase,
  spawnServer,
  type WorkspaceBody,
} from './helper';

// What only a PostgreSQL server can show: connections it drops, and several server instances
// sharing one database behind a load balancer. CI runs the server suite again with
// DATABASE_URL set (.ci/run); without it these tests have nothing to run against.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('on PostgreSQL', () => {
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  const open: Database[] = [];
  beforeAll(async () => {
    ({ target, drop } = await freshTarget());
  });
  afterAll(async () => {
    await Promise.all(open.map((database) => database.close().catch(() => {})));
    await drop?.();
  });

  async function instance(onConnectionError?: (error: Error) => void) {
    const database = await openTestDatabase(target, onConnectionError);
    open.push(database);
    const app = await buildApp({ database, mode: 'local' });
    await app.ready();
    return { app, database };
  }

  it('runs migrations once when several instances start together', async () => {
    // Each instance migrates a brand-new database at the same moment; without the advisory lock
    // one of them failed on a duplicate key in 4 of 5 tries.
    const { target: fresh, drop: dropFresh } = await freshTarget();
    try {
      const opened = await Promise.all(Array.from({ length: 4 }, () => openTestDatabase(fresh)));
      await Promise.all(opened.map((database) => database.close()));
    } finally {
      await dropFresh();
    }
  });

  it('logs a connection the server drops and answers the next request on a new one', async () => {
    const dropped: Error[] = [];
    const { app, database } = await instance((error) => dropped.push(error));
    const created = await app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: exampleWorkspace(),
    });
    expect(created.statusCode).toBe(201);
    // What a database restart or an administrator does to every connection of this pool.
    const admin = await openTestDatabase(target);
    open.push(admin);
    await admin.db.execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await expect.poll(() => dropped.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const { id } = json<WorkspaceBody>(created);
    const read = await app.inject({ url: `/api/workspaces/${id}` });
    expect(read.statusCode).toBe(200);
    await app.close();
    expect(database.driver).toBe('postgres');
  });

  it('lets two instances share one database: each reads what the other wrote, no stale copy', async () => {
    const one = await instance();
    const two = await instance();
    const created = json<WorkspaceBody>(
      await one.app.inject({ method: 'POST', url: '/api/workspaces', payload: exampleWorkspace() }),
    );
    type Scored = { offers: { id: string; pay: { avg4y: number } }[] };
    const evaluatedOnTwo = async () =>
      json<Scored>(await two.app.inject({ url: `/api/workspaces/${created.id}/evaluation` }));
    // Read through two first, so a per-process cache would have something stale to serve.
    expect(
      json<WorkspaceBody>(await two.app.inject({ url: `/api/workspaces/${created.id}` })).version,
    ).toBe(1);
    const before = await evaluatedOnTwo();
    const [first, ...rest] = created.workspace.offers;
    if (!first) throw new Error('the example has an offer');
    const raised = { ...first, pay: { ...first.pay, base: first.pay.base + 10_000 } };
    const renamed = await one.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: {
        version: 1,
        workspace: { ...created.workspace, title: 'Renamed on one', offers: [raised, ...rest] },
      },
    });
    expect(renamed.statusCode).toBe(200);
    const readOnTwo = json<WorkspaceBody>(
      await two.app.inject({ url: `/api/workspaces/${created.id}` }),
    );
    expect(readOnTwo).toMatchObject({ version: 2, workspace: { title: 'Renamed on one' } });
    // The evaluation two computed before the write is not served again: the raise shows.
    const payOf = (scored: Scored) => scored.offers.find((o) => o.id === first.id)?.pay.avg4y ?? 0;
    expect(payOf(await evaluatedOnTwo())).toBeGreaterThan(payOf(before));
    await one.app.close();
    await two.app.close();
  });

  it('runs as two server processes on one database, each answering with what the other wrote', async () => {
    if (target.kind !== 'postgres') throw new Error('a PostgreSQL target');
    const dataDir = mkdtempSync(join(tmpdir(), 'offerwise-two-'));
    try {
      const [one, two] = await Promise.all([
        spawnServer({ dataDir, databaseUrl: target.url }),
        spawnServer({ dataDir, databaseUrl: target.url }),
      ]);
      const send = (base: string, path: string, init?: RequestInit) =>
        fetch(`${base}/api${path}`, {
          ...init,
          headers: { 'content-type': 'application/json', ...init?.headers },
        });
      const created = (await (
        await send(one.url, '/workspaces', {
          method: 'POST',
          body: JSON.stringify(exampleWorkspace()),
        })
      ).json()) as WorkspaceBody;
      type Scored = { offers: { id: string; pay: { avg4y: number } }[] };
      const payOn = async (base: string, offerId: string) => {
        const response = await send(base, `/workspaces/${created.id}/evaluation`);
        const scored = (await response.json()) as Scored;
        return scored.offers.find((o) => o.id === offerId)?.pay.avg4y ?? 0;
      };
      const [first, ...rest] = created.workspace.offers;
      if (!first) throw new Error('the example has an offer');
      const before = await payOn(one.url, first.id);
      const raised = { ...first, pay: { ...first.pay, base: first.pay.base + 10_000 } };
      const updated = await send(two.url, `/workspaces/${created.id}`, {
        method: 'PUT',
        body: JSON.stringify({
          version: 1,
          workspace: { ...created.workspace, offers: [raised, ...rest] },
        }),
      });
      expect(updated.status).toBe(200);
      // One had evaluated version 1; it now answers with two's write.
      expect(await payOn(one.url, first.id)).toBeGreaterThan(before);
      const readOnOne = (await (
        await send(one.url, `/workspaces/${created.id}`)
      ).json()) as WorkspaceBody;
      expect(readOnOne.version).toBe(2);
      await Promise.all(
        [one, two].map(async ({ child }) => {
          const stopped = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await stopped;
        }),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('chains concurrent writes sent to two instances: each version is built on exactly once', async () => {
    const apps = [(await instance()).app, (await instance()).app] as const;
    const workspace = exampleWorkspace();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(0 as const, 1 as const)),
          {
            minLength: 2,
            maxLength: 8,
          },
        ),
        async (writes) => {
          const created = json<WorkspaceBody>(
            await apps[0].inject({ method: 'POST', url: '/api/workspaces', payload: workspace }),
          );
          const responses = await Promise.all(
            writes.map(([version, via], i) =>
              apps[via].inject({
                method: 'PUT',
                url: `/api/workspaces/${created.id}`,
                payload: { version, workspace: { ...workspace, title: `write ${i}` } },
              }),
            ),
          );
          const won = new Map<number, number>();
          for (const [i, response] of responses.entries()) {
            const base = writes[i]?.[0] ?? 0;
            if (response.statusCode === 200) {
              expect(won.has(base)).toBe(false);
              won.set(base, i);
            } else {
              expect(response.statusCode).toBe(409);
              expect(json<{ currentVersion: number }>(response).currentVersion).not.toBe(base);
            }
          }
          const chain = [...won.keys()].sort((a, b) => a - b);
          expect(chain).toEqual(chain.map((_, k) => k + 1));
          // Both instances now read the last winner's write.
          for (const app of apps) {
            const stored = json<WorkspaceBody>(
              await app.inject({ url: `/api/workspaces/${created.id}` }),
            );
            expect(stored.version).toBe(1 + won.size);
            const last = won.get(won.size);
            expect(stored.workspace.title).toBe(
              last === undefined ? workspace.title : `write ${last}`,
            );
          }
        },
      ),
      { numRuns: 20 },
    );
    await Promise.all(apps.map((app) => app.close()));
  });
});
