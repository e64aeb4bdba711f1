import type { Workspace } from '@offerwise/core';
import { and, asc, desc, eq, isNotNull, or, type Placeholder, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { counterOffers, historyEvents, offers, priorities, shares, workspaces } from '../db/schema';
import { versionedWrite, type WriteOutcome } from './write-outcome';

export type Access = 'owner' | 'viewer';

export interface StoredWorkspace {
  id: string;
  title: string | null;
  version: number;
  access: Access;
  createdAt: Date;
  updatedAt: Date;
  document: Workspace;
}

export interface WorkspaceSummary extends Omit<StoredWorkspace, 'document'> {
  offerCount: number;
  /** The earliest offer deadline, for "decide by" lists. */
  nextDeadline: Date | null;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const columns = {
  id: workspaces.id,
  title: workspaces.title,
  version: workspaces.version,
  ownerId: workspaces.ownerId,
  createdAt: workspaces.createdAt,
  updatedAt: workspaces.updatedAt,
};

/** A workspace is visible to its owner and to the users it is shared with; no one else. */
const visibleTo = (userId: string | Placeholder) =>
  or(eq(workspaces.ownerId, userId), isNotNull(shares.userId));

const shareOf = (userId: string | Placeholder) =>
  and(eq(shares.workspaceId, workspaces.id), eq(shares.userId, userId));

type CachedRow = Omit<StoredWorkspace, 'access'> & { ownerId: string };

/** A row as `userId` sees it: as its owner or as a viewer, without the owner's id. */
function seenBy<R extends { ownerId: string }>(
  row: R,
  userId: string,
): Omit<R, 'ownerId'> & { access: Access } {
  const { ownerId, ...rest } = row;
  return { ...rest, access: ownerId === userId ? 'owner' : 'viewer' };
}

/**
 * `cacheOwnRows`: keep each workspace's row in memory after the first read. Only sound when this
 * process is the database's sole writer, which is the case for embedded PGlite (one process
 * owns the data directory) and not for PostgreSQL, where other server instances may write.
 * It turns a read from ~2 ms of query and JSON parsing into a map lookup. Shared (viewer) reads
 * always query, since shares can change. Callers must not mutate returned documents.
 */
export function workspacesRepository(db: Db, options: { cacheOwnRows: boolean }) {
  const cache = options.cacheOwnRows ? new Map<string, CachedRow>() : null;
  const remember = (row: CachedRow) => cache?.set(row.id, row);

  async function find(userId: string, id: string): Promise<StoredWorkspace | null> {
    const cached = cache?.get(id);
    if (cached && cached.ownerId === userId) return seenBy(cached, userId);
    const [row] = await db
      .select({ ...columns, document: workspaces.document })
      .from(workspaces)
      .leftJoin(shares, shareOf(userId))
      .where(and(eq(workspaces.id, id), visibleTo(userId)));
    if (!row) return null;
    if (row.ownerId === userId) remember(row);
    return seenBy(row, userId);
  }

  // Every evaluation read runs it: prepared once, PostgreSQL skips parsing and planning it.
  const userIdParam = sql.placeholder('userId');
  const headQuery = db
    .select(columns)
    .from(workspaces)
    .leftJoin(shares, shareOf(userIdParam))
    .where(and(eq(workspaces.id, sql.placeholder('id')), visibleTo(userIdParam)))
    .prepare('workspace_head');

  /** Version and access without the document: enough to tell whether a cached result still holds. */
  async function head(
    userId: string,
    id: string,
  ): Promise<Omit<StoredWorkspace, 'document'> | null> {
    const cached = cache?.get(id);
    if (cached && cached.ownerId === userId) {
      const { document: _document, ...row } = cached;
      return seenBy(row, userId);
    }
    const [row] = await headQuery.execute({ userId, id });
    return row ? seenBy(row, userId) : null;
  }

  /** Explains a versioned write that matched no row, without revealing others' workspaces. */
  async function whyNotWritten(userId: string, id: string): Promise<WriteOutcome<never>> {
    const current = await find(userId, id);
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.access !== 'owner') return { ok: false, reason: 'read_only' };
    return { ok: false, reason: 'conflict', currentVersion: current.version };
  }

  return {
    find,
    head,

    async list(userId: string): Promise<WorkspaceSummary[]> {
      const rows = await db
        .select({
          ...columns,
          offerCount: sql<number>`(select count(*) from ${offers} where ${offers.workspaceId} = ${workspaces.id})::int`,
          nextDeadline: sql<
            string | null
          >`(select min(${offers.deadline}) from ${offers} where ${offers.workspaceId} = ${workspaces.id})`,
        })
        .from(workspaces)
        .leftJoin(shares, shareOf(userId))
        .where(visibleTo(userId))
        .orderBy(desc(workspaces.updatedAt), asc(workspaces.id));
      return rows.map(({ ownerId, nextDeadline, ...row }) => ({
        ...row,
        access: ownerId === userId ? 'owner' : 'viewer',
        nextDeadline: nextDeadline === null ? null : new Date(nextDeadline),
      }));
    },

    async create(ownerId: string, id: string, document: Workspace): Promise<StoredWorkspace> {
      return db
        .transaction(async (tx) => {
          const [row] = await tx
            .insert(workspaces)
            .values({ id, ownerId, title: document.title ?? null, document })
            .returning(columns);
          await writeProjection(tx, id, document);
          if (!row) throw new Error('insert returned no row');
          return { ...row, document };
        })
        .then((row) => {
          remember(row);
          const { ownerId: _owner, ...rest } = row;
          return { ...rest, access: 'owner' as const };
        });
    },

    /** Replaces the document if `baseVersion` is still current; the check and write are one statement. */
    async update(
      userId: string,
      id: string,
      baseVersion: number,
      document: Workspace,
    ): Promise<WriteOutcome<StoredWorkspace>> {
      const outcome = await versionedWrite(
        baseVersion,
        () =>
          db.transaction(async (tx) => {
            const [row] = await tx
              .update(workspaces)
              .set({
                document,
                title: document.title ?? null,
                version: sql`${workspaces.version} + 1`,
                updatedAt: new Date(),
              })
              .where(
                and(
                  eq(workspaces.id, id),
                  eq(workspaces.ownerId, userId),
                  eq(workspaces.version, baseVersion),
                ),
              )
              .returning(columns);
            if (row) await writeProjection(tx, id, document);
            return row;
          }),
        () => whyNotWritten(userId, id),
      );
      if (!outcome.ok) return outcome;
      remember({ ...outcome.value, document });
      const { ownerId: _owner, ...rest } = outcome.value;
      return { ok: true, value: { ...rest, access: 'owner', document } };
    },

    async remove(userId: string, id: string, baseVersion: number): Promise<WriteOutcome<null>> {
      const outcome = await versionedWrite(
        baseVersion,
        async () => {
          const [deleted] = await db
            .delete(workspaces)
            .where(
              and(
                eq(workspaces.id, id),
                eq(workspaces.ownerId, userId),
                eq(workspaces.version, baseVersion),
              ),
            )
            .returning({ id: workspaces.id });
          return deleted;
        },
        () => whyNotWritten(userId, id),
      );
      if (!outcome.ok) return outcome;
      cache?.delete(id);
      return { ok: true, value: null };
    },
  };
}

export type WorkspacesRepository = ReturnType<typeof workspacesRepository>;

/**
 * Rewrites the normalised tables from the document. Workspaces hold a handful of offers, so a
 * full rewrite inside the write's transaction is cheaper than diffing and can never drift.
 */
async function writeProjection(tx: Tx, workspaceId: string, document: Workspace): Promise<void> {
  await tx.delete(priorities).where(eq(priorities.workspaceId, workspaceId));
  // History events and counter-offers go with their offers (ON DELETE CASCADE).
  await tx.delete(offers).where(eq(offers.workspaceId, workspaceId));

  await tx.insert(priorities).values(
    document.priorities.map((p, position) => ({
      workspaceId,
      id: p.id,
      position,
      label: p.label,
      measure: p.measure,
      nonNegotiable: p.nonNegotiable ?? null,
    })),
  );
  if (document.offers.length === 0) return;
  await tx.insert(offers).values(
    document.offers.map((o, position) => ({
      workspaceId,
      id: o.id,
      position,
      company: o.company,
      role: o.role,
      currency: o.currency,
      status: o.status ?? null,
      base: o.pay.base,
      deadline: o.deadline ? new Date(o.deadline) : null,
      startDate: o.startDate ?? null,
    })),
  );
  const events = document.offers.flatMap((o) =>
    (o.history ?? []).map((e, position) => ({
      workspaceId,
      offerId: o.id,
      position,
      at: new Date(e.at),
      type: e.type,
      channel: e.channel ?? null,
      source: e.source ?? null,
      note: e.note ?? null,
    })),
  );
  if (events.length === 0) return;
  await tx.insert(historyEvents).values(events);
  const counters = events
    .filter((e) => e.type === 'counter-offer')
    .map(({ type: _type, ...rest }) => rest);
  if (counters.length > 0) await tx.insert(counterOffers).values(counters);
}
