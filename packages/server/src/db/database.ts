import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
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
  close(): Promise<void>;
}

/**
 * Opens the database and applies the committed migrations. Drizzle's migrator records what it
 * applied in `drizzle.__drizzle_migrations`, so opening twice (or restarting) is harmless.
 */
export async function openDatabase(
  target: DatabaseTarget,
  migrationsFolder: string,
): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const db = drizzlePg(pool, { schema });
    try {
      await migratePg(db, { migrationsFolder });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db: db as unknown as Db, driver: 'postgres', close: () => pool.end() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir);
  const db = drizzlePglite(client, { schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return { db: db as unknown as Db, driver: 'pglite', close: () => client.close() };
}
