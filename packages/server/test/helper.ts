import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readWorkspace, type Workspace } from '@offerwise/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { type AppOptions, buildApp } from '../src/app';
import { type Database, openDatabase } from '../src/db/database';
import { migrationsFolder } from '../src/paths';

/**
 * A fresh, migrated database: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again on close), so the same suite runs on
 * both drivers and test files never see each other's rows.
 */
export async function testDatabase(): Promise<Database> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) return openDatabase({ kind: 'pglite' }, migrationsFolder);
  const name = `offerwise_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, migrationsFolder);
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(baseUrl, `DROP DATABASE ${name}`);
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

export async function testApp(options: Partial<Omit<AppOptions, 'db'>> = {}): Promise<TestApp> {
  const database = await testDatabase();
  const app = await buildApp({ mode: 'local', ...options, db: database.db });
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
