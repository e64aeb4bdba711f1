import { randomUUID } from 'node:crypto';
import { buildTimeline, workspaceSchema } from '@offerwise/core';
import { timelineCalendar } from '@offerwise/core/calendar';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evaluationCache } from '../evaluation-cache';
import {
  baseVersion,
  sendWorkspace,
  versionField,
  versionQuery,
  visibleWorkspace,
  workspaceParams,
  written,
} from './common';
import {
  calendarFile,
  errors,
  evaluation,
  noContent,
  storedWorkspace,
  workspaceList,
} from './responses';

export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const evaluated = evaluationCache();
  app.get(
    '/workspaces',
    {
      schema: {
        summary: 'Workspaces you own or that are shared with you',
        tags: ['workspaces'],
        response: { 200: workspaceList, ...errors(401) },
      },
    },
    async (request) => ({ workspaces: await app.repos.workspaces.list(request.user.id) }),
  );

  app.post(
    '/workspaces',
    {
      schema: {
        summary: 'Create a workspace from a document',
        tags: ['workspaces'],
        body: workspaceSchema,
        response: { 201: storedWorkspace, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      const stored = await app.repos.workspaces.create(request.user.id, randomUUID(), request.body);
      return sendWorkspace(reply, stored, 201);
    },
  );

  app.get(
    '/workspaces/:id',
    {
      schema: {
        summary: 'Read a workspace',
        tags: ['workspaces'],
        params: workspaceParams,
        response: { 200: storedWorkspace, ...errors(401, 404) },
      },
    },
    async (request, reply) =>
      sendWorkspace(reply, await visibleWorkspace(request, request.params.id)),
  );

  app.put(
    '/workspaces/:id',
    {
      schema: {
        summary: 'Replace a workspace document (optimistic concurrency)',
        tags: ['workspaces'],
        params: workspaceParams,
        body: z.object({ version: versionField, workspace: workspaceSchema }),
        response: { 200: storedWorkspace, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const base = baseVersion(request, request.body.version);
      const outcome = await app.repos.workspaces.update(
        request.user.id,
        request.params.id,
        base,
        request.body.workspace,
      );
      return sendWorkspace(reply, written(outcome));
    },
  );

  app.delete(
    '/workspaces/:id',
    {
      schema: {
        summary: 'Delete a workspace (optimistic concurrency)',
        tags: ['workspaces'],
        params: workspaceParams,
        querystring: versionQuery,
        response: { 204: noContent, ...errors(401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const base = baseVersion(request, request.query.version);
      written(await app.repos.workspaces.remove(request.user.id, request.params.id, base));
      return reply.status(204).send();
    },
  );

  app.get(
    '/workspaces/:id/evaluation',
    {
      schema: {
        summary: "Core's evaluation of the workspace as of now",
        tags: ['workspaces'],
        params: workspaceParams,
        response: { 200: evaluation, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const { version, evaluation } = await evaluated(request, request.params.id, new Date());
      reply.header('etag', `"${version}"`);
      return evaluation;
    },
  );

  app.get(
    '/workspaces/:id/calendar.ics',
    {
      schema: {
        summary: 'Deadlines, reminders and start dates as an iCalendar file',
        tags: ['workspaces'],
        params: workspaceParams,
        response: { 200: calendarFile, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const stored = await visibleWorkspace(request, request.params.id);
      const calendar = timelineCalendar(buildTimeline(stored.document, { now: new Date() }));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="offerwise.ics"')
        .send(calendar);
    },
  );
};
