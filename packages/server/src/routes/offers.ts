import {
  historyEventSchema,
  offerSchema,
  validateWorkspace,
  type Workspace,
} from '@offerwise/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, invalidInput, notFound } from '../errors';
import { baseVersion, ownedWorkspace, sendWorkspace, versionField, written } from './common';
import { errors, storedWorkspace } from './responses';

const offerParams = z.object({ id: z.uuid(), offerId: z.string().min(1).max(63) });

/**
 * Edits of one offer inside a workspace document. Each reads the document, changes one offer,
 * re-validates the whole document (cross-field rules span offers and priorities) and writes it
 * back only if the base version is still current.
 */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  async function changeOffer(
    request: Parameters<typeof ownedWorkspace>[0],
    params: z.infer<typeof offerParams>,
    base: number,
    change: (offer: Workspace['offers'][number]) => Workspace['offers'][number],
  ) {
    const stored = await ownedWorkspace(request, params.id, base);
    const index = stored.document.offers.findIndex((o) => o.id === params.offerId);
    const current = stored.document.offers[index];
    if (!current) throw notFound('offer');
    const offers = stored.document.offers.with(index, change(current));
    const checked = validateWorkspace({ ...stored.document, offers });
    if (!checked.ok) throw invalidInput(checked.issues);
    return written(
      await app.repos.workspaces.update(request.user.id, params.id, base, checked.value),
    );
  }

  app.put(
    '/workspaces/:id/offers/:offerId',
    {
      schema: {
        summary: 'Replace one offer',
        tags: ['offers'],
        params: offerParams,
        body: z.object({ version: versionField, offer: offerSchema }),
        response: { 200: storedWorkspace, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const { offer } = request.body;
      if (offer.id !== request.params.offerId) {
        throw new ApiError(400, 'invalid_request', 'The offer id cannot change here.', {
          issues: [
            {
              path: 'offer.id',
              message: `expected "${request.params.offerId}" (the id in the URL), got "${offer.id}"`,
            },
          ],
        });
      }
      const base = baseVersion(request, request.body.version);
      const stored = await changeOffer(request, request.params, base, () => offer);
      return sendWorkspace(reply, stored);
    },
  );

  app.post(
    '/workspaces/:id/offers/:offerId/history',
    {
      schema: {
        summary: "Add an event to an offer's history",
        tags: ['offers'],
        params: offerParams,
        body: z.object({ version: versionField, event: historyEventSchema }),
        response: { 201: storedWorkspace, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const base = baseVersion(request, request.body.version);
      const { event } = request.body;
      const stored = await changeOffer(request, request.params, base, (offer) => ({
        ...offer,
        history: [...(offer.history ?? []), event],
      }));
      return sendWorkspace(reply, stored, 201);
    },
  );
};
