import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { messageDrafts } from '../db/schema';
import { versionedWrite, type WriteOutcome } from './write-outcome';

export interface DraftFields {
  offerId?: string | undefined;
  scenario?: string | undefined;
  channel?: string | undefined;
  text: string;
}

export interface Draft {
  id: string;
  offerId: string | null;
  scenario: string | null;
  channel: string | null;
  text: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: messageDrafts.id,
  offerId: messageDrafts.offerId,
  scenario: messageDrafts.scenario,
  channel: messageDrafts.channel,
  text: messageDrafts.text,
  version: messageDrafts.version,
  createdAt: messageDrafts.createdAt,
  updatedAt: messageDrafts.updatedAt,
};

const nullable = (fields: DraftFields) => ({
  offerId: fields.offerId ?? null,
  scenario: fields.scenario ?? null,
  channel: fields.channel ?? null,
  text: fields.text,
});

/** Message drafts of one workspace. Callers check access to the workspace first. */
export function draftsRepository(db: Db) {
  async function find(workspaceId: string, id: string): Promise<Draft | null> {
    const [row] = await db
      .select(columns)
      .from(messageDrafts)
      .where(and(eq(messageDrafts.workspaceId, workspaceId), eq(messageDrafts.id, id)));
    return row ?? null;
  }

  return {
    find,

    async list(workspaceId: string): Promise<Draft[]> {
      return db
        .select(columns)
        .from(messageDrafts)
        .where(eq(messageDrafts.workspaceId, workspaceId))
        .orderBy(desc(messageDrafts.updatedAt));
    },

    async create(workspaceId: string, fields: DraftFields): Promise<Draft> {
      const [row] = await db
        .insert(messageDrafts)
        .values({ id: randomUUID(), workspaceId, ...nullable(fields) })
        .returning(columns);
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async update(
      workspaceId: string,
      id: string,
      baseVersion: number,
      fields: DraftFields,
    ): Promise<WriteOutcome<Draft>> {
      return versionedWrite(
        baseVersion,
        async () => {
          const [row] = await db
            .update(messageDrafts)
            .set({
              ...nullable(fields),
              version: sql`${messageDrafts.version} + 1`,
              updatedAt: new Date(),
            })
            .where(
              and(
                eq(messageDrafts.workspaceId, workspaceId),
                eq(messageDrafts.id, id),
                eq(messageDrafts.version, baseVersion),
              ),
            )
            .returning(columns);
          return row;
        },
        async () => {
          const current = await find(workspaceId, id);
          if (!current) return { ok: false, reason: 'not_found' };
          return { ok: false, reason: 'conflict', currentVersion: current.version };
        },
      );
    },
  };
}

export type DraftsRepository = ReturnType<typeof draftsRepository>;
