import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { shares, users } from '../db/schema';

export interface Share {
  userId: string;
  email: string;
  role: 'viewer';
  createdAt: Date;
}

/** Read-only shares (a coach reading a client's workspace). Callers check ownership first. */
export function sharesRepository(db: Db) {
  return {
    async list(workspaceId: string): Promise<Share[]> {
      return db
        .select({
          userId: shares.userId,
          email: users.email,
          role: shares.role,
          createdAt: shares.createdAt,
        })
        .from(shares)
        .innerJoin(users, eq(users.id, shares.userId))
        .where(eq(shares.workspaceId, workspaceId))
        .orderBy(asc(users.email));
    },

    async add(workspaceId: string, userId: string): Promise<void> {
      await db.insert(shares).values({ workspaceId, userId }).onConflictDoNothing();
    },

    async remove(workspaceId: string, userId: string): Promise<boolean> {
      const removed = await db
        .delete(shares)
        .where(and(eq(shares.workspaceId, workspaceId), eq(shares.userId, userId)))
        .returning({ userId: shares.userId });
      return removed.length > 0;
    },
  };
}

export type SharesRepository = ReturnType<typeof sharesRepository>;
