import { readFileSync } from 'node:fs';
import {
  type Diagnostic,
  type Evaluation,
  evaluate,
  type InputIssue,
  type Workspace,
} from '@offerwise/core';
import Fastify, {
  type FastifyReply,
  type FastifyRequest,
  type InjectOptions,
  type LightMyRequestResponse,
  type RouteOptions,
} from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type ErrorBody, errorCodes } from '../src/errors';
import type { Draft } from '../src/repositories/drafts';
import type { Share } from '../src/repositories/shares';
import type { WorkspaceSummary } from '../src/repositories/workspaces';
import {
  type draft,
  errorBody,
  type evaluation,
  type lintResult,
  type shareList,
  storedWorkspace,
  type workspaceList,
} from '../src/routes/responses';
import { exampleText, exampleWorkspace, json, must, type TestApp, testApp } from './helper';

const routeKey = (method: string, url: string) => `${method} ${url}`;

/** The error envelope, or a copy of it with its own description. */
const isErrorBody = (schema: unknown) =>
  schema instanceof z.ZodObject && schema.shape === errorBody.shape;

/** The routes that do not declare a 2xx body and the error envelope for 4xx and 5xx. */
function routesWithoutResponseSchemas(routes: readonly RouteOptions[]): string[] {
  return routes
    .filter((route) => {
      const response = (route.schema?.response ?? {}) as Record<string, unknown>;
      const success = Object.keys(response).some((status) => /^2\d\d$/.test(status));
      return !success || !isErrorBody(response['4xx']) || !isErrorBody(response['5xx']);
    })
    .flatMap((route) => [route.method].flat().map((method) => routeKey(method, route.url)));
}

const routes: RouteOptions[] = [];
/** What each handler (or the error handler) sent, before serialization. */
let sentPayload: unknown;
const answered = new Set<string>();

/** Watches every route: the object it sends before the schema serializes it, and that it ran. */
function watch(route: RouteOptions): void {
  routes.push(route);
  const key = routeKey([route.method].flat().join(','), route.url);
  const hooks = route as unknown as Record<string, unknown>;
  const add = (name: string, hook: unknown) => {
    hooks[name] = [...[hooks[name] ?? []].flat(), hook];
  };
  add(
    'preSerialization',
    async (_request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
      sentPayload = payload;
      return payload;
    },
  );
  add('onResponse', async () => {
    answered.add(key);
  });
}

let t: TestApp;
// A first PGlite start takes 10-25 s on a busy 2-core machine; vitest's default hook limit is 10 s.
beforeAll(async () => {
  t = await testApp({ mode: 'server', onRoute: watch });
}, 120_000);
afterAll(() => t.close());

describe('response schemas', () => {
  it('are declared by every route, with the error envelope for 4xx and 5xx', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routesWithoutResponseSchemas(routes)).toEqual([]);
  });

  it('a route without them is named', async () => {
    const app = Fastify();
    app.setSerializerCompiler(serializerCompiler);
    const seen: RouteOptions[] = [];
    app.addHook('onRoute', (route) => {
      seen.push(route);
    });
    const envelope = { '4xx': errorBody, '5xx': errorBody };
    app.get('/bare', async () => ({ ok: true }));
    app.get('/no-body', { schema: { response: envelope } }, async () => 1);
    app.post('/declared', { schema: { response: { 201: errorBody, ...envelope } } }, () => 1);
    await app.ready();
    expect(routesWithoutResponseSchemas(seen)).toEqual([
      'GET /bare',
      'HEAD /bare',
      'GET /no-body',
      'HEAD /no-body',
    ]);
    await app.close();
  });

  it('match core’s and the repositories’ types field for field', () => {
    expectTypeOf<z.output<typeof evaluation>>().toEqualTypeOf<Evaluation>();
    expectTypeOf<z.output<typeof errorBody>>().toEqualTypeOf<ErrorBody>();
    expectTypeOf<NonNullable<ErrorBody['issues']>[number]>().toEqualTypeOf<InputIssue>();
    expectTypeOf<z.output<typeof lintResult>['diagnostics'][number]>().toEqualTypeOf<Diagnostic>();
    expectTypeOf<z.output<typeof draft>>().toEqualTypeOf<Draft>();
    expectTypeOf<z.output<typeof shareList>['shares'][number]>().toEqualTypeOf<Share>();
    expectTypeOf<
      z.output<typeof workspaceList>['workspaces'][number]
    >().toEqualTypeOf<WorkspaceSummary>();
  });

  it('name every error code docs/errors.md documents, and no other', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| \d{3} +\| `([a-z_]+)`/gm)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(new Set(errorCodes));
  });

  it('a handler that sends a field its schema lacks fails loudly instead of losing it', async () => {
    const app = Fastify();
    app.setSerializerCompiler(serializerCompiler);
    const stored = {
      id: '3f0c8d7e-1d2b-4c5a-9e8f-000000000000',
      version: 1,
      title: null,
      access: 'owner',
      createdAt: new Date(),
      updatedAt: new Date(),
      workspace: exampleWorkspace(),
    };
    app.get('/ok', { schema: { response: { 200: storedWorkspace } } }, async () => stored);
    app.get('/extra', { schema: { response: { 200: storedWorkspace } } }, async () => ({
      ...stored,
      ownerId: 'someone',
    }));
    expect((await app.inject({ url: '/ok' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/extra' })).statusCode).toBe(500);
    await app.close();
  });
});

/** A browser stand-in that keeps cookies and sends the CSRF token, as the web app does. */
function client() {
  const cookies: Record<string, string> = {};
  let csrfToken: string | null = null;
  return async (options: InjectOptions): Promise<LightMyRequestResponse> => {
    sentPayload = undefined;
    const response = await t.app.inject({
      ...options,
      headers: { ...options.headers, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      cookies,
    });
    for (const cookie of response.cookies as { name: string; value: string }[]) {
      cookies[cookie.name] = cookie.value;
    }
    const isJson = String(response.headers['content-type']).startsWith('application/json');
    const body = isJson ? (response.json() as { csrfToken?: unknown }) : undefined;
    if (typeof body?.csrfToken === 'string') csrfToken = body.csrfToken;
    // The serialized body says exactly what the handler sent: nothing stripped, renamed or added.
    // Only the export sends JSON as text, which Fastify passes through unserialized.
    if (isJson && !options.url?.toString().includes('/export')) expect(sentPayload).toBeDefined();
    if (sentPayload !== undefined) {
      expect(response.json(), `${options.method ?? 'GET'} ${options.url}`).toEqual(
        JSON.parse(JSON.stringify(sentPayload)),
      );
    }
    return response;
  };
}

interface Stored {
  id: string;
  version: number;
  workspace: Workspace;
}

describe('every route answers what its handler sent', () => {
  it('through a whole session: accounts, workspaces, files, offers, drafts, shares, errors', async () => {
    const alice = client();
    const bob = client();
    const statuses: number[] = [];
    const call = async (who: typeof alice, options: InjectOptions, status: number) => {
      const response = await who(options);
      expect(response.statusCode, `${options.method ?? 'GET'} ${options.url}`).toBe(status);
      statuses.push(status);
      return response;
    };
    const credentials = { email: 'alice@example.com', password: 'correct horse battery' };

    await call(alice, { url: '/api/health' }, 200);
    await call(alice, { url: '/api/docs' }, 200);
    await call(alice, { url: '/api/auth/session' }, 200);
    const bobs = { email: 'bob@example.com', password: 'correct horse battery' };
    await call(alice, { method: 'POST', url: '/api/auth/register', payload: credentials }, 202);
    await call(bob, { method: 'POST', url: '/api/auth/register', payload: credentials }, 202);
    await call(bob, { method: 'POST', url: '/api/auth/register', payload: bobs }, 202);
    await call(bob, { method: 'POST', url: '/api/auth/login', payload: bobs }, 200);
    await call(alice, { method: 'POST', url: '/api/auth/login', payload: credentials }, 200);
    await call(alice, { method: 'POST', url: '/api/auth/logout' }, 204);
    await call(alice, { url: '/api/workspaces' }, 401);
    await call(
      alice,
      {
        method: 'POST',
        url: '/api/auth/login',
        payload: { ...credentials, password: 'x'.repeat(12) },
      },
      401,
    );
    await call(alice, { method: 'POST', url: '/api/auth/login', payload: credentials }, 200);
    await call(alice, { url: '/api/auth/session' }, 200);

    // Every example, so the evaluation's optional parts (AHP consistency, cost of living,
    // relocation risks) all pass through the schema.
    const examples = [
      'two-local-offers.yaml',
      'international-move.yaml',
      'pairwise-weights.yaml',
      'single-offer.yaml',
    ];
    const stored: Stored[] = [];
    for (const name of examples) {
      const created = await call(
        alice,
        { method: 'POST', url: '/api/workspaces', payload: exampleWorkspace(name) },
        201,
      );
      stored.push(json<Stored>(created));
      const evaluated = await call(
        alice,
        { url: `/api/workspaces/${created.json().id}/evaluation` },
        200,
      );
      const body = json<Evaluation>(evaluated);
      expect(body).toEqual(
        JSON.parse(
          JSON.stringify(evaluate(exampleWorkspace(name), { now: new Date(body.evaluatedAt) })),
        ),
      );
    }
    expect(stored.map((s) => s.workspace)).toEqual(examples.map((name) => exampleWorkspace(name)));
    const ws = must(stored[0], 'a workspace');
    const offerId = must(ws.workspace.offers[0], 'an offer').id;
    const base = `/api/workspaces/${ws.id}`;

    await call(alice, { url: '/api/workspaces' }, 200);
    await call(alice, { url: base }, 200);
    await call(alice, { url: `/api/workspaces/3f0c8d7e-1d2b-4c5a-9e8f-000000000000` }, 404);
    await call(alice, { method: 'PUT', url: base, payload: { workspace: ws.workspace } }, 428);
    await call(
      alice,
      {
        method: 'PUT',
        url: base,
        payload: { version: 1, workspace: { ...ws.workspace, title: 'A' } },
      },
      200,
    );
    const stale = await call(
      alice,
      { method: 'PUT', url: base, payload: { version: 1, workspace: ws.workspace } },
      409,
    );
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const invalid = await call(
      alice,
      { method: 'POST', url: '/api/workspaces', payload: { version: 1, offers: 'none' } },
      400,
    );
    expect(invalid.json().issues.length).toBeGreaterThan(0);

    await call(alice, { url: `${base}/export` }, 200);
    await call(alice, { url: `${base}/export?format=json` }, 200);
    await call(alice, { url: `${base}/calendar.ics` }, 200);
    const yaml = { 'content-type': 'application/yaml' };
    const imported = await call(
      alice,
      {
        method: 'POST',
        url: '/api/workspaces/import',
        headers: yaml,
        payload: exampleText('two-local-offers.yaml'),
      },
      201,
    );
    const badFile = await call(
      alice,
      { method: 'POST', url: '/api/workspaces/import', headers: yaml, payload: 'version: [' },
      400,
    );
    expect(badFile.json()).toMatchObject({ code: 'invalid_workspace' });
    await call(
      alice,
      {
        method: 'PUT',
        url: `/api/workspaces/${imported.json().id}/import?version=1`,
        headers: yaml,
        payload: exampleText('two-local-offers.yaml'),
      },
      200,
    );

    const offer = must(ws.workspace.offers[0], 'an offer');
    await call(
      alice,
      {
        method: 'PUT',
        url: `${base}/offers/${offerId}`,
        payload: { version: 2, offer: { ...offer, notes: 'Asked about remote days.' } },
      },
      200,
    );
    await call(
      alice,
      {
        method: 'POST',
        url: `${base}/offers/${offerId}/history`,
        payload: {
          version: 3,
          event: { at: '2026-11-20T10:00:00Z', type: 'note', channel: 'email' },
        },
      },
      201,
    );

    const text = 'Thank you for the offer. I would like a few more days to decide.';
    const saved = await call(
      alice,
      { method: 'POST', url: `${base}/drafts`, payload: { offerId, scenario: 'extension', text } },
      201,
    );
    const draftUrl = `${base}/drafts/${saved.json().id}`;
    await call(alice, { url: `${base}/drafts` }, 200);
    await call(alice, { url: draftUrl }, 200);
    await call(
      alice,
      { method: 'PUT', url: draftUrl, payload: { version: 1, text: `${text}!` } },
      200,
    );
    const linted = await call(
      alice,
      { method: 'POST', url: `${base}/lint`, payload: { offerId, text: 'I accept accept it.' } },
      200,
    );
    expect(linted.json().diagnostics.length).toBeGreaterThan(0);

    const letter = await call(
      alice,
      {
        method: 'POST',
        url: '/api/letters/read',
        payload: { text: 'Your annual base salary will be $120,000.' },
      },
      200,
    );
    expect(letter.json().reading.fields.length).toBeGreaterThan(0);

    await call(bob, { url: base }, 404);
    await call(
      alice,
      { method: 'POST', url: `${base}/shares`, payload: { email: 'bob@example.com' } },
      201,
    );
    const shares = await call(alice, { url: `${base}/shares` }, 200);
    await call(bob, { url: base }, 200);
    await call(
      bob,
      { method: 'PUT', url: base, payload: { version: 4, workspace: ws.workspace } },
      403,
    );
    const bobEmail = must(shares.json().shares[0], 'a share').email;
    await call(alice, { method: 'DELETE', url: `${base}/shares/${bobEmail}` }, 204);
    await call(alice, { method: 'DELETE', url: `${base}?version=4` }, 204);

    const routeKeys = routes
      .filter((route) => route.method !== 'HEAD')
      .map((route) => routeKey([route.method].flat().join(','), route.url));
    expect(routeKeys.filter((key) => !answered.has(key))).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([200, 201, 202, 204, 400, 401, 403, 404, 409, 428]));
  });

  it('sends a document stored under an earlier, looser schema as stored', async () => {
    const user = await t.app.repos.users.create('carol@example.com', 'not a real hash');
    const older = { ...exampleWorkspace(), retired: 'a field a later schema dropped' };
    const created = await t.app.repos.workspaces.create(
      must(user ?? undefined, 'a user').id,
      '3f0c8d7e-1d2b-4c5a-9e8f-0000000000aa',
      older as Workspace,
    );
    const session = await t.app.repos.users.startSession(
      must(user ?? undefined, 'a user').id,
      new Date(),
    );
    const read = await t.app.inject({
      url: `/api/workspaces/${created.id}`,
      cookies: { offerwise_session: session.token },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().workspace).toEqual(older);
  });
});
