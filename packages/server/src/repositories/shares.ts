import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { shareInvites, shares, users } from '../db/schema';
import type { User } from './users';

/**
 * A read-only share, named by e-mail address. Whether the address has an account yet is not
 * shown: the owner must not learn who uses Offerwise by sharing.
 */
export interface Share {
  email: string;
  role: 'viewer';
  createdAt: Date;
}

/** Read-only shares (a coach reading a client's workspace). Callers check ownership first. */
export function sharesRepository(db: Db) {
  return {
    async list(workspaceId: string): Promise<Share[]> {
      const [granted, invited] = await Promise.all([
        db
          .select({ email: users.email, role: shares.role, createdAt: shares.createdAt })
          .from(shares)
          .innerJoin(users, eq(users.id, shares.userId))
          .where(eq(shares.workspaceId, workspaceId)),
        db
          .select({
            email: shareInvites.email,
            role: shareInvites.role,
            createdAt: shareInvites.createdAt,
          })
          .from(shareInvites)
          .where(eq(shareInvites.workspaceId, workspaceId)),
      ]);
      return [...granted, ...invited].sort((a, b) => a.email.localeCompare(b.email));
    },

    /** Shares with the account behind `email`, or invites the address when it has none yet. */
    async add(workspaceId: string, email: string): Promise<void> {
      const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (account) {
        await db.insert(shares).values({ workspaceId, userId: account.id }).onConflictDoNothing();
      } else {
        await db.insert(shareInvites).values({ workspaceId, email }).onConflictDoNothing();
      }
    },

    /** Withdraws the share or invitation for `email`; false when there was none. */
    async remove(workspaceId: string, email: string): Promise<boolean> {
      const account = db.select({ id: users.id }).from(users).where(eq(users.email, email));
      const [revoked, withdrawn] = await Promise.all([
        db
          .delete(shares)
          .where(and(eq(shares.workspaceId, workspaceId), inArray(shares.userId, account)))
          .returning({ workspaceId: shares.workspaceId }),
        db
          .delete(shareInvites)
          .where(and(eq(shareInvites.workspaceId, workspaceId), eq(shareInvites.email, email)))
          .returning({ workspaceId: shareInvites.workspaceId }),
      ]);
      return revoked.length + withdrawn.length > 0;
    },

    /**
     * Turns the invitations waiting for the user's address into shares. Run at every login, so
     * an invitation sent while the account was being created is still claimed.
     */
    async claimInvites(user: User): Promise<void> {
      await db.transaction(async (tx) => {
        const claimed = await tx
          .delete(shareInvites)
          .where(eq(shareInvites.email, user.email))
          .returning({ workspaceId: shareInvites.workspaceId, role: shareInvites.role });
        if (claimed.length === 0) return;
        await tx
          .insert(shares)
          .values(claimed.map((invite) => ({ ...invite, userId: user.id })))
          .onConflictDoNothing();
      });
    },
  };
}

export type SharesRepository = ReturnType<typeof sharesRepository>;
