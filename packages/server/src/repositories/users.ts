import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { sessions, users } from '../db/schema';

export interface User {
  id: string;
  email: string;
}

/** The single user of local mode: owns every workspace, never logs in. */
export const localUser: User = { id: '00000000-0000-4000-8000-000000000001', email: 'local' };

const sessionDays = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function usersRepository(db: Db) {
  return {
    async ensureLocalUser(): Promise<User> {
      await db.insert(users).values(localUser).onConflictDoNothing();
      return localUser;
    },

    /** Creates an account, or returns null when the email is taken. */
    async create(email: string, passwordHash: string): Promise<User | null> {
      const [row] = await db
        .insert(users)
        .values({ id: randomUUID(), email, passwordHash })
        .onConflictDoNothing()
        .returning({ id: users.id, email: users.email });
      return row ?? null;
    },

    async findByEmail(email: string): Promise<(User & { passwordHash: string | null }) | null> {
      const [row] = await db
        .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.email, email));
      return row ?? null;
    },

    /** Starts a session and returns the token for the cookie; only its hash is stored. */
    async startSession(userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
      // Expired sessions are refused anyway; clearing the user's old ones here keeps the table
      // small without a background job.
      await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
      await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
      return { token, expiresAt };
    },

    async userForSession(token: string, now: Date): Promise<User | null> {
      const [row] = await db
        .select({ id: users.id, email: users.email })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)));
      return row ?? null;
    },

    async endSession(token: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
