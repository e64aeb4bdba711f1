/**
 * What a versioned write did. Repositories return this instead of throwing so a route can tell
 * "not yours" (404), "read-only share" (403) and "stale base version" (409) apart.
 */
export type WriteOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not_found' | 'read_only' }
  | { ok: false; reason: 'conflict'; currentVersion: number };
