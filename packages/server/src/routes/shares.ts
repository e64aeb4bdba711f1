import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, notFound } from '../errors';
import { readOnly, visibleWorkspace } from './common';
import { errors, noContent, shareList } from './responses';

/** Read-only shares, managed by the workspace's owner (server mode). */
export const shareRoutes: FastifyPluginAsyncZod = async (app) => {
  async function ownedId(request: Parameters<typeof visibleWorkspace>[0], id: string) {
    const stored = await visibleWorkspace(request, id);
    if (stored.access !== 'owner') throw readOnly();
    return stored.id;
  }

  app.get(
    '/workspaces/:id/shares',
    {
      schema: {
        summary: 'Who can read this workspace',
        tags: ['shares'],
        params: z.object({ id: z.uuid() }),
        response: { 200: shareList, ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      shares: await app.repos.shares.list(await ownedId(request, request.params.id)),
    }),
  );

  app.post(
    '/workspaces/:id/shares',
    {
      schema: {
        summary:
          'Give an e-mail address read-only access (e.g. a coach); an address without an account gets it at its first login',
        tags: ['shares'],
        params: z.object({ id: z.uuid() }),
        body: z.object({ email: z.email().transform((e) => e.toLowerCase()) }),
        response: { 201: shareList, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = await ownedId(request, request.params.id);
      if (request.body.email === request.user.email) {
        throw new ApiError(400, 'invalid_request', 'You already own this workspace.', {
          issues: [{ path: 'email', message: 'that is your own account' }],
        });
      }
      // The same answer whether or not the address has an account (see SharesRepository.add).
      await app.repos.shares.add(id, request.body.email);
      return reply.status(201).send({ shares: await app.repos.shares.list(id) });
    },
  );

  app.delete(
    '/workspaces/:id/shares/:email',
    {
      schema: {
        summary: 'Withdraw a share',
        tags: ['shares'],
        params: z.object({ id: z.uuid(), email: z.email().transform((e) => e.toLowerCase()) }),
        response: { 204: noContent, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = await ownedId(request, request.params.id);
      if (!(await app.repos.shares.remove(id, request.params.email))) throw notFound('share');
      return reply.status(204).send();
    },
  );
};
