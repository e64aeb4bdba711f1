import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError, notFound, versionConflict } from '../errors';
import type { StoredWorkspace } from '../repositories/workspaces';
import type { WriteOutcome } from '../repositories/write-outcome';

/** Workspace ids are UUIDs; anything else (e.g. `../../etc`) fails validation with a 400. */
export const workspaceParams = z.object({ id: z.uuid() });

/** Versions are PostgreSQL integers; a larger one can only be a mistake, answered with 400. */
export const maxVersion = 2_147_483_647;

export const versionField = z
  .number()
  .int()
  .positive()
  .max(maxVersion)
  .optional()
  .describe('The version this write is based on; or send it as If-Match');

const ifMatchPattern = /^(?:W\/)?"?(\d+)"?$/;

/**
 * The version a write is based on, from If-Match (`"3"`, `W/"3"` or `3`) or the body/query.
 * Required: a write that does not say what it saw could silently overwrite someone's change.
 */
export function baseVersion(request: FastifyRequest, fromBody: number | undefined): number {
  const header = request.headers['if-match'];
  let fromHeader: number | undefined;
  if (header !== undefined) {
    const match = ifMatchPattern.exec(header.trim());
    if (!match?.[1]) {
      throw new ApiError(400, 'invalid_request', 'If-Match must be a version such as "3".', {
        issues: [
          {
            path: 'If-Match',
            message: `expected a version such as "3", got ${JSON.stringify(header)}`,
          },
        ],
      });
    }
    fromHeader = Number(match[1]);
    if (fromHeader < 1 || fromHeader > maxVersion) {
      throw new ApiError(400, 'invalid_request', 'If-Match must be a version such as "3".', {
        issues: [{ path: 'If-Match', message: `expected a version from 1 to ${maxVersion}` }],
      });
    }
  }
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw new ApiError(400, 'invalid_request', 'If-Match and version disagree; send one.', {
      issues: [
        { path: 'version', message: `If-Match says ${fromHeader}, version says ${fromBody}` },
      ],
    });
  }
  const version = fromHeader ?? fromBody;
  if (version === undefined) {
    throw new ApiError(
      428,
      'version_required',
      'Say which version this change is based on: an If-Match header or a "version" field.',
    );
  }
  return version;
}

/** The base version in a query string (`?version=3`), for DELETE and import. */
export const versionQuery = z.object({
  version: z.coerce.number().int().positive().max(maxVersion).optional(),
});

/** Turns a repository's write outcome into the value or the matching HTTP error. */
export function written<T>(outcome: WriteOutcome<T>, what = 'workspace'): T {
  if (outcome.ok) return outcome.value;
  if (outcome.reason === 'conflict') throw versionConflict(outcome.currentVersion);
  if (outcome.reason === 'read_only') throw readOnly();
  throw notFound(what);
}

export const readOnly = () =>
  new ApiError(403, 'read_only', 'This workspace is shared with you read-only.');

export async function visibleWorkspace(
  request: FastifyRequest,
  id: string,
): Promise<StoredWorkspace> {
  const stored = await request.server.repos.workspaces.find(request.user.id, id);
  if (!stored) throw notFound();
  return stored;
}

/** For writes that read first: the owner sees it; a viewer is refused; others get 404. */
export async function ownedWorkspace(
  request: FastifyRequest,
  id: string,
  base: number,
): Promise<StoredWorkspace> {
  const stored = await visibleWorkspace(request, id);
  if (stored.access !== 'owner') throw readOnly();
  if (stored.version !== base) throw versionConflict(stored.version);
  return stored;
}

export function sendWorkspace(reply: FastifyReply, stored: StoredWorkspace, status = 200) {
  return reply.status(status).header('etag', `"${stored.version}"`).send({
    id: stored.id,
    version: stored.version,
    title: stored.title,
    access: stored.access,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    workspace: stored.document,
  });
}
