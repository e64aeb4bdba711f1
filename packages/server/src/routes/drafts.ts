import { channelSchema, languages, lint, scenarioSchema } from '@offerwise/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../errors';
import { baseVersion, readOnly, versionField, visibleWorkspace, written } from './common';
import { draft, draftList, errors, lintResult } from './responses';

const draftFields = {
  offerId: z.string().min(1).max(63).optional().describe('The offer this message is about'),
  scenario: scenarioSchema.optional(),
  channel: channelSchema.optional(),
  text: z.string().max(50_000),
};

const draftParams = z.object({ id: z.uuid(), draftId: z.uuid() });

/** Saved message drafts and the message linter. Offerwise drafts and stores; it never sends. */
export const draftRoutes: FastifyPluginAsyncZod = async (app) => {
  async function ownedDraftWorkspace(request: Parameters<typeof visibleWorkspace>[0], id: string) {
    const stored = await visibleWorkspace(request, id);
    if (stored.access !== 'owner') throw readOnly();
    return stored;
  }

  app.get(
    '/workspaces/:id/drafts',
    {
      schema: {
        summary: 'Saved drafts',
        tags: ['drafts'],
        params: z.object({ id: z.uuid() }),
        response: { 200: draftList, ...errors(401, 404) },
      },
    },
    async (request) => {
      const stored = await visibleWorkspace(request, request.params.id);
      return { drafts: await app.repos.drafts.list(stored.id) };
    },
  );

  app.post(
    '/workspaces/:id/drafts',
    {
      schema: {
        summary: 'Save a new draft',
        tags: ['drafts'],
        params: z.object({ id: z.uuid() }),
        body: z.strictObject(draftFields),
        response: { 201: draft, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const stored = await ownedDraftWorkspace(request, request.params.id);
      const draft = await app.repos.drafts.create(stored.id, request.body);
      return reply.status(201).header('etag', `"${draft.version}"`).send(draft);
    },
  );

  app.get(
    '/workspaces/:id/drafts/:draftId',
    {
      schema: {
        summary: 'Read a draft',
        tags: ['drafts'],
        params: draftParams,
        response: { 200: draft, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const stored = await visibleWorkspace(request, request.params.id);
      const draft = await app.repos.drafts.find(stored.id, request.params.draftId);
      if (!draft) throw notFound('draft');
      return reply.header('etag', `"${draft.version}"`).send(draft);
    },
  );

  app.put(
    '/workspaces/:id/drafts/:draftId',
    {
      schema: {
        summary: 'Save a new version of a draft (optimistic concurrency)',
        tags: ['drafts'],
        params: draftParams,
        body: z.strictObject({ ...draftFields, version: versionField }),
        response: { 200: draft, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const { version, ...fields } = request.body;
      const base = baseVersion(request, version);
      const stored = await ownedDraftWorkspace(request, request.params.id);
      const outcome = await app.repos.drafts.update(
        stored.id,
        request.params.draftId,
        base,
        fields,
      );
      const draft = written(outcome, 'draft');
      return reply.header('etag', `"${draft.version}"`).send(draft);
    },
  );

  app.post(
    '/workspaces/:id/lint',
    {
      schema: {
        summary: "Check a message with core's linter, knowing the workspace's offers",
        tags: ['drafts'],
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({
          ...draftFields,
          language: z.enum(languages).optional(),
        }),
        response: { 200: lintResult, ...errors(401, 404) },
      },
    },
    async (request) => {
      const stored = await visibleWorkspace(request, request.params.id);
      const { text, ...context } = request.body;
      // "Now" matters to the rule about declining after a deadline.
      return {
        diagnostics: lint(text, { ...context, workspace: stored.document, now: new Date() }),
      };
    },
  );
};
