import { type Evaluation, evaluate } from '@offerwise/core';
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { notFound } from './errors';
import { visibleWorkspace } from './routes/common';

/**
 * The last evaluation of each workspace, reused while its version and the UTC day stay the same.
 * An evaluation depends on the document and, through the shipped rates' age, on the day only.
 * The version is read from the database on every request (without the document), so several
 * server processes on one PostgreSQL database never serve a stale result: each computes once.
 */
export function evaluationCache(max = 200) {
  const cache = new LRUCache<string, { key: string; evaluation: Evaluation }>({ max });
  const keyOf = (version: number, now: Date) => `${version}@${now.toISOString().slice(0, 10)}`;
  return async (
    request: FastifyRequest,
    id: string,
    now: Date,
  ): Promise<{ version: number; evaluation: Evaluation }> => {
    const head = await request.server.repos.workspaces.head(request.user.id, id);
    if (!head) throw notFound();
    const hit = cache.get(id);
    if (hit?.key === keyOf(head.version, now))
      return { version: head.version, evaluation: hit.evaluation };
    const stored = await visibleWorkspace(request, id);
    // Frozen: served to every reader as is, and serialized once (app.ts).
    const evaluation = Object.freeze(evaluate(stored.document, { now }));
    cache.set(id, { key: keyOf(stored.version, now), evaluation });
    return { version: stored.version, evaluation };
  };
}
