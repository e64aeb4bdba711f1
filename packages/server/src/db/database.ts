import { existsSync, fsyncSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

/** Both drivers expose the same query builder; repositories see only this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  /** Embedded PostgreSQL (PGlite) in a data directory, or in memory when `dataDir` is omitted. */
  | { kind: 'pglite'; dataDir?: string }
  /** A PostgreSQL server through `pg`. */
  | { kind: 'postgres'; url: string };

export interface Database {
  db: Db;
  driver: DatabaseTarget['kind'];
  /** fsync calls made so far (PGlite in a data directory), so a test can see writes synced. */
  fsyncs(): number;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A dump of an initialised, migrated database, loaded instead of running initdb. */
  template?: string | undefined;
  /** Told about a dropped PostgreSQL connection; the pool replaces it on the next query. */
  onConnectionError?: (error: Error) => void;
}

/** Any fixed number: every instance must ask for the same one. */
const MIGRATION_LOCK = 7_315_046;

/**
 * Opens the database and applies the committed migrations. Drizzle's migrator records what it
 * applied in `drizzle.__drizzle_migrations`, so opening twice (or restarting) is harmless.
 */
export async function openDatabase(
  target: DatabaseTarget,
  migrationsFolder: string,
  options: OpenOptions = {},
): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, migrationsFolder, options);
  return openPglite(target.dataDir, migrationsFolder, options);
}

async function openPostgres(
  url: string,
  migrationsFolder: string,
  options: OpenOptions,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops (a restart, pg_terminate_backend) is reported here;
  // without a listener Node treats it as an uncaught error and the process dies. The pool has
  // already discarded the client, so the next query connects afresh.
  pool.on('error', (error) => options.onConnectionError?.(error));
  const db = drizzlePg(pool, { schema });
  try {
    // Instances that start together would otherwise run the same migration twice and one would
    // fail on a duplicate key; the advisory lock makes them take turns on one connection.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db: db as unknown as Db, driver: 'postgres', fsyncs: () => 0, close: () => pool.end() };
}

async function openPglite(
  dataDir: string | undefined,
  migrationsFolder: string,
  options: OpenOptions,
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lock = dataDir ? lockDataDir(dataDir) : undefined;
  const fresh = !dataDir || !existsSync(join(dataDir, 'PG_VERSION'));
  const template =
    fresh && options.template && existsSync(options.template)
      ? new Blob([readFileSync(options.template)])
      : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(template ? { loadDataDir: template } : {}),
      // PGlite starts PostgreSQL with -F (fsync off) and its Node file system ignores fsync.
      // Both are put back for a data directory, so a write is on disk before it is acknowledged.
      // fdatasync is a no-op import in PGlite's WebAssembly, so the WAL is synced with fsync.
      ...(dataDir
        ? {
            startParams: [
              ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
              '-c',
              'wal_sync_method=fsync',
            ],
          }
        : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const syncs = { count: 0 };
  if (dataDir) syncFiles(client, syncs);
  const db = drizzlePglite(client, { schema });
  const close = async () => {
    try {
      await client.close();
    } finally {
      lock?.release();
    }
  };
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  return { db: db as unknown as Db, driver: 'pglite', fsyncs: () => syncs.count, close };
}

interface NodeFsStream {
  nfd?: number;
}

/** Makes PostgreSQL's fsync (WAL at commit, data files at checkpoint) reach the disk. */
function syncFiles(client: PGlite, syncs: { count: number }): void {
  const nodefs = (
    client.Module as unknown as {
      NODEFS: { stream_ops: { fsync?: (stream: NodeFsStream) => number } };
    }
  ).NODEFS;
  nodefs.stream_ops.fsync = (stream) => {
    if (stream.nfd !== undefined) {
      fsyncSync(stream.nfd);
      syncs.count++;
    }
    return 0;
  };
}
