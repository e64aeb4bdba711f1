import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  exampleWorkspace,
  json,
  must,
  type TestApp,
  testApp,
  type WorkspaceBody,
} from './helper';

// Every route of the API, in both modes, sent bodies, ids, headers and content types that a
// client could send: none may reach a 500, a stack trace or a non-JSON error.

interface Route {
  method: InjectOptions['method'];
  path: string;
}

/** The routes the OpenAPI document lists (every route except health and the document itself). */
function routesOf(t: TestApp): Route[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase() as InjectOptions['method'],
      path,
    })),
  );
}

const publicRoutes = new Set(['/api/auth/session', '/api/auth/login', '/api/auth/register']);

function expectJsonError(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, `${what} → ${response.statusCode} ${response.body}`).toBeLessThan(
    500,
  );
  if (response.statusCode < 400) return;
  expect(response.headers['content-type'], what).toContain('application/json');
  const body = json<{ code?: unknown; message?: unknown }>(response);
  expect(typeof body.code, what).toBe('string');
  expect(typeof body.message, what).toBe('string');
  expect(response.body, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

/** Values that have broken servers before: huge and odd numbers, NUL, year 0000, unknown codes. */
const nasty = fc.constantFrom<unknown>(
  1e308,
  -1,
  0,
  2 ** 53,
  99_999_999_999,
  Number.MIN_VALUE,
  '',
  '\u0000',
  'a\u0000b',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  'Mars/Olympus_Mons',
  'ZZZ',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'x'.repeat(70_000),
  null,
  [],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
);
const value = fc.oneof(
  { arbitrary: nasty, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** Every path into a document, so a generated change can land anywhere in it. */
function pathsOf(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof data !== 'object' || data === null) return [prefix];
  const keys = Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return [prefix, ...keys.flatMap((key) => pathsOf((data as never)[key], [...prefix, key]))];
}

function setIn(data: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = Array.isArray(data) ? [...data] : { ...(data as object) };
  (copy as Record<string | number, unknown>)[head] = setIn(
    (data as Record<string | number, unknown>)[head],
    rest,
    replacement,
  );
  return copy;
}

const workspace = exampleWorkspace('international-move.yaml');
const offer = must(workspace.offers[0], 'an offer');
const nastyText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  'Mars/Olympus_Mons',
  'ZZZ',
  '',
  'x'.repeat(70_000),
);
const textPaths = (document: unknown) =>
  pathsOf(document).filter((path) => {
    let at: unknown = document;
    for (const key of path) at = (at as Record<string | number, unknown>)[key];
    return typeof at === 'string';
  });
/**
 * The example with one value replaced: anywhere by any value, or a text by an odd text (the
 * values that reach the database as they are).
 */
const changed = <T>(document: T) =>
  fc
    .oneof(
      fc.tuple(fc.constantFrom(...pathsOf(document)), value),
      fc.tuple(fc.constantFrom(...textPaths(document)), nastyText),
    )
    .map(([path, replacement]) => setIn(document, path, replacement));

const version = fc.oneof(fc.integer({ min: -5, max: 5 }), nasty);
const message = fc.record(
  { text: fc.oneof(fc.string(), nasty), offerId: value, scenario: value, language: value },
  { requiredKeys: ['text'] },
);
const credentials = fc.record({
  email: fc.oneof(fc.emailAddress(), nasty),
  password: fc.oneof(fc.string(), nasty),
});
/** The body each route reads, changed somewhere; most requests are nearly right, which is where a value gets furthest. */
const bodies: [RegExp, fc.Arbitrary<unknown>][] = [
  [
    /offers\/\{offerId\}\/history$/,
    fc.record({
      version,
      event: changed({ at: '2026-11-26T09:00:00Z', type: 'note', note: 'called' }),
    }),
  ],
  [/offers\/\{offerId\}$/, fc.record({ version, offer: changed(offer) })],
  [/(drafts|lint)/, message],
  [/(auth|shares)/, credentials],
  [/workspaces\/\{id\}$/, fc.record({ version, workspace: changed(workspace) })],
  [/workspaces(\/import)?$|\/import$/, changed(workspace)],
];
const bodyFor = (route: Route) =>
  fc.oneof(
    { arbitrary: bodies.find(([pattern]) => pattern.test(route.path))?.[1] ?? value, weight: 3 },
    { arbitrary: value, weight: 1 },
  );

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 4 },
  fc.constantFrom(
    'application/yaml',
    'text/yaml',
    'text/plain',
    'application/x-www-form-urlencoded',
    undefined,
  ),
);
const ifMatch = fc.option(
  fc.oneof(
    fc.string(),
    fc.constantFrom('"1"', '"0"', '"99999999999999999999"', 'W/"2"', '*', '"-1"', '1e3'),
  ),
  { nil: undefined },
);
const query = fc.constantFrom(
  '',
  '?version=1',
  '?version=99999999999999999999',
  '?version=-1',
  '?version=abc',
  '?format=json',
  '?format=pdf',
  '?version=1&version=2',
);

function encode(data: unknown, type: string | undefined): string {
  if (typeof data === 'string' && type !== 'application/json') return data;
  return JSON.stringify(data) ?? 'null';
}

interface Ids {
  id: string[];
  offerId: string[];
  draftId: string[];
  userId: string[];
}

const absent = '3f0c8d7e-1d2b-4c5a-9e8f-000000000000';

function requestFor(route: Route, ids: Ids) {
  const segment = (name: keyof Ids) =>
    fc.oneof(fc.constantFrom(...ids[name], absent), fc.string({ minLength: 1, maxLength: 80 }));
  const params = fc.record({
    id: segment('id'),
    offerId: segment('offerId'),
    draftId: segment('draftId'),
    userId: segment('userId'),
  });
  return fc.record({ params, body: bodyFor(route), contentType, ifMatch, query }).map((r) => {
    const url =
      route.path.replace(/\{(\w+)\}/g, (_, name: keyof Ids) => encodeURIComponent(r.params[name])) +
      r.query;
    const headers: Record<string, string> = {};
    if (r.contentType) headers['content-type'] = r.contentType;
    if (r.ifMatch !== undefined) headers['if-match'] = r.ifMatch;
    const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
    return {
      method: route.method,
      url,
      headers,
      ...(hasBody ? { payload: encode(r.body, r.contentType) } : {}),
    } satisfies InjectOptions;
  });
}

async function seed(send: (options: InjectOptions) => Promise<LightMyRequestResponse>) {
  const created = json<WorkspaceBody>(
    await send({ method: 'POST', url: '/api/workspaces', payload: workspace }),
  );
  const draft = json<{ id: string }>(
    await send({
      method: 'POST',
      url: `/api/workspaces/${created.id}/drafts`,
      payload: { text: 'Thank you for the offer.' },
    }),
  );
  return {
    id: [created.id],
    offerId: workspace.offers.map((o) => o.id),
    draftId: [draft.id],
    userId: [absent],
  };
}

// Enough runs per route to try every kind of body and header a few times, few enough for a busy
// 2-core machine.
const runsPerRoute = 40;

describe('local mode', () => {
  let t: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    t = await testApp();
    ids = await seed((options) => t.app.inject(options));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every route, whatever it is sent, below 500 and with a JSON error', async () => {
    const routes = routesOf(t);
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(requestFor(route, ids), async (request) => {
          const response = await t.app.inject(request);
          expectJsonError(response, `${request.method} ${request.url}`);
        }),
        { numRuns: runsPerRoute },
      );
    }
  });
});

describe('server mode', () => {
  let t: TestApp;
  let ids: Ids;
  let alice: Client;
  beforeAll(async () => {
    t = await testApp({ mode: 'server', loginRateLimit: { max: 10_000, timeWindow: 60_000 } });
    alice = new Client(t);
    await alice.register('alice@example.com');
    ids = await seed((options) => alice.request(options));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every route, whatever a logged-in user sends, below 500 with a JSON error', async () => {
    for (const route of routesOf(t)) {
      await fc.assert(
        fc.asyncProperty(requestFor(route, ids), async (request) => {
          const response = await alice.request(request);
          expectJsonError(response, `${request.method} ${request.url}`);
        }),
        { numRuns: runsPerRoute },
      );
    }
  });

  it('decides access by the route: every spelling of a private route needs a session', async () => {
    const id = must(ids.id[0], 'a workspace');
    const spellings = (path: string) => [
      path,
      path.replace('/api/', '/%61pi/'),
      path.replace('/api/', '//api//'),
      path.replace('/api/', '/API/'),
      path.toUpperCase().replace(id.toUpperCase(), id),
      path.replace('/workspaces', '/%77orkspaces'),
      path.replace('/api/', '/api///'),
    ];
    const privateRoutes = routesOf(t).filter((route) => !publicRoutes.has(route.path));
    expect(privateRoutes.length).toBeGreaterThan(10);
    for (const route of privateRoutes) {
      const path = route.path
        .replace('{id}', id)
        .replace('{offerId}', 'thamesbank')
        .replace(/\{\w+\}/g, absent);
      for (const url of spellings(path)) {
        const response = await t.app.inject({ method: route.method, url });
        expect(response.statusCode, `${route.method} ${url}`).toBe(401);
        expect(json<{ code: string }>(response).code).toBe('unauthenticated');
      }
    }
  });
});
