/**
 * What a versioned write did. Repositories return this instead of throwing so a route can tell
 * "not yours" (404), "read-only share" (403) and "stale base version" (409) apart.
 */
export type WriteOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not_found' | 'read_only' }
  | { ok: false; reason: 'conflict'; currentVersion: number };

/** Enough for any realistic burst of writes racing on one row. */
const WRITE_ATTEMPTS = 5;

/**
 * Runs a versioned write (`write` resolves to undefined when no row had `baseVersion`), and
 * asks `explain` why not. Under PostgreSQL's READ COMMITTED, a write can match no row only
 * because the version it was based on was committed by a concurrent write after this statement
 * took its snapshot; such a write is tried again, so a 409 always names a version other than
 * the one the client sent.
 */
export async function versionedWrite<T>(
  baseVersion: number,
  write: () => Promise<T | undefined>,
  explain: () => Promise<WriteOutcome<never>>,
): Promise<WriteOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    const written = await write();
    if (written !== undefined) return { ok: true, value: written };
    const why = await explain();
    const baseJustCommitted =
      !why.ok && why.reason === 'conflict' && why.currentVersion === baseVersion;
    if (!baseJustCommitted || attempt === WRITE_ATTEMPTS) return why;
  }
}
