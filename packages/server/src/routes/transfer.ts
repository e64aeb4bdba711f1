import { randomUUID } from 'node:crypto';
import { readWorkspace, validateWorkspace, writeWorkspace } from '@offerwise/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidInput } from '../errors';
import { baseVersion, sendWorkspace, visibleWorkspace, workspaceParams, written } from './common';
import { errors, storedWorkspace, workspaceFile } from './responses';

const fileTypes = ['application/yaml', 'application/x-yaml', 'text/yaml', 'application/json'];

/**
 * Import and export of whole workspace files. Import reads the raw text with core's
 * readWorkspace, so every issue carries its line and column; an invalid file changes nothing.
 */
export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: other routes keep Fastify's JSON parser.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(fileTypes, { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  const parse = (text: unknown) => {
    const result = readWorkspace(typeof text === 'string' ? text : '');
    if (!result.ok) throw invalidInput(result.issues, 'invalid_workspace');
    return result.value;
  };

  app.post(
    '/workspaces/import',
    {
      schema: {
        summary: 'Create a workspace from a YAML or JSON file',
        tags: ['transfer'],
        consumes: fileTypes,
        response: { 201: storedWorkspace, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      const document = parse(request.body);
      const stored = await app.repos.workspaces.create(request.user.id, randomUUID(), document);
      return sendWorkspace(reply, stored, 201);
    },
  );

  app.put(
    '/workspaces/:id/import',
    {
      schema: {
        summary: 'Replace a workspace from a YAML or JSON file (If-Match or ?version=)',
        tags: ['transfer'],
        consumes: fileTypes,
        params: workspaceParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: storedWorkspace, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const base = baseVersion(request, request.query.version);
      const document = parse(request.body);
      const outcome = await app.repos.workspaces.update(
        request.user.id,
        request.params.id,
        base,
        document,
      );
      return sendWorkspace(reply, written(outcome));
    },
  );

  app.get(
    '/workspaces/:id/export',
    {
      schema: {
        summary: 'Download the workspace as YAML (default) or JSON',
        tags: ['transfer'],
        params: workspaceParams,
        querystring: z.object({ format: z.enum(['yaml', 'json']).default('yaml') }),
        response: { 200: workspaceFile, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const stored = await visibleWorkspace(request, request.params.id);
      // Parsing again restores the schema's field order (the database keeps keys its own way).
      // A document stored under an older schema that no longer validates is exported as stored,
      // so the user never loses data to an export.
      const checked = validateWorkspace(stored.document);
      const document = checked.ok ? checked.value : stored.document;
      const { format } = request.query;
      const slug = (stored.title ?? 'workspace')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return reply
        .header('etag', `"${stored.version}"`)
        .header('content-disposition', `attachment; filename="${slug || 'workspace'}.${format}"`)
        .type(format === 'json' ? 'application/json' : 'application/yaml; charset=utf-8')
        .send(writeWorkspace(document, format));
    },
  );
};
