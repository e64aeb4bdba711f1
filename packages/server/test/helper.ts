import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkspace, type Workspace } from '@offerwise/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, expect } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';
import { type Database, type DatabaseTarget, openDatabase } from '../src/db/database';
import { databaseTemplate, migrationsFolder } from '../src/paths';

/**
 * A fresh, empty database target: a temporary PGlite data directory, or a new database on
 * the PostgreSQL server named by DATABASE_URL. `drop` removes it again.
 */
export async function freshTarget(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'offerwise-test-'));
    return {
      target: { kind: 'pglite', dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `offerwise_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(baseUrl, `DROP DATABASE ${name}`),
  };
}

/**
 * Opens a target as the server does: an empty PGlite starts from the migrated database the build
 * dumped (dist/empty-database.tar.gz, written before any test by the global setup), which takes
 * under a second where initdb takes 4–20 s on a busy machine.
 */
export function openTestDatabase(
  target: DatabaseTarget,
  onConnectionError?: (error: Error) => void,
): Promise<Database> {
  return openDatabase(target, migrationsFolder, {
    template: databaseTemplate,
    ...(onConnectionError ? { onConnectionError } : {}),
  });
}

/**
 * A fresh, migrated database: in-memory PGlite by default (quicker than a data directory), or a
 * new database on the PostgreSQL server named by DATABASE_URL, so the same suite runs on both
 * drivers and test files never see each other's rows.
 */
export async function testDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL) return openTestDatabase({ kind: 'pglite' });
  const { target, drop } = await freshTarget();
  const database = await openTestDatabase(target);
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

export async function testApp(
  options: Partial<Omit<AppOptions, 'database'>> = {},
): Promise<TestApp> {
  const database = await testDatabase();
  const app = await buildApp({ mode: 'local', ...options, database });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

const repoRoot = new URL('../../../', import.meta.url);

export function exampleText(name: string): string {
  return readFileSync(new URL(`examples/${name}`, repoRoot), 'utf8');
}

/** A valid workspace from examples/, parsed with core. */
export function exampleWorkspace(name = 'two-local-offers.yaml'): Workspace {
  const result = readWorkspace(exampleText(name));
  if (!result.ok) throw new Error(`examples/${name} is invalid`);
  return result.value;
}

export interface WorkspaceBody {
  id: string;
  version: number;
  access: 'owner' | 'viewer';
  workspace: Workspace;
}

export function json<T>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

/** Narrows away `undefined` in tests, failing with a message instead of a later TypeError. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

/** A browser stand-in: keeps cookies and sends the CSRF token on writes, as the web app will. */
export class Client {
  private static count = 0;
  /** Each stand-in is its own client address, as separate browsers are to the rate limit. */
  private readonly address = `10.0.${Math.floor(Client.count / 250)}.${(Client.count++ % 250) + 1}`;
  private cookies: Record<string, string> = {};
  csrfToken: string | null = null;

  constructor(private readonly t: TestApp) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const { csrf = true, headers = {}, ...rest } = options;
    const response = await this.t.app.inject({
      remoteAddress: this.address,
      ...rest,
      headers: {
        ...headers,
        ...(csrf && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
      },
      cookies: this.cookies,
    });
    for (const cookie of response.cookies as { name: string; value: string }[]) {
      this.cookies[cookie.name] = cookie.value;
    }
    return response;
  }

  async register(email: string, password = 'correct horse battery'): Promise<string> {
    const response = await this.request({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password },
    });
    expect(response.statusCode).toBe(202);
    return this.login(email, password);
  }

  async login(email: string, password = 'correct horse battery'): Promise<string> {
    const response = await this.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    expect(response.statusCode).toBe(200);
    const body = json<{ user: { id: string }; csrfToken: string }>(response);
    this.csrfToken = body.csrfToken;
    return body.user.id;
  }
}

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const spawned: ChildProcess[] = [];
afterAll(() => {
  for (const child of spawned) if (child.exitCode === null) child.kill('SIGKILL');
});

/**
 * Runs dist/serve.js, the bundle `npm start` runs (built by the test global setup), on a free
 * port in local mode: on PGlite in `dataDir`, or on PostgreSQL when `databaseUrl` is given.
 * Resolves once it says where it listens; killed after the file's tests if still running.
 */
export function spawnServer(options: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<{ url: string; child: ChildProcess }> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['dist/serve.js', '--port', '0', '--data', options.dataDir],
    {
      cwd: packageDir,
      env: {
        ...env,
        OFFERWISE_MODE: 'local',
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  spawned.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}
