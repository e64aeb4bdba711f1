import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/db/schema';
import {
  Client,
  exampleText,
  exampleWorkspace,
  json,
  must,
  type TestApp,
  testApp,
  type WorkspaceBody,
} from './helper';

let t: TestApp;
let alice: Client;
let bob: Client;
let aliceWorkspace: WorkspaceBody;

beforeAll(async () => {
  t = await testApp({ mode: 'server', loginRateLimit: { max: 5, timeWindow: 60_000 } });
  alice = new Client(t);
  bob = new Client(t);
  await alice.register('alice@example.com');
  await bob.register('bob@example.com');
  const created = await alice.request({
    method: 'POST',
    url: '/api/workspaces',
    payload: exampleWorkspace(),
  });
  aliceWorkspace = json<WorkspaceBody>(created);
});
afterAll(async () => {
  // Undefined when beforeAll failed: report that failure, not a TypeError here.
  await t?.close();
});

const absentId = '3f0c8d7e-1d2b-4c5a-9e8f-000000000000';

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const client = new Client(t);
    await client.request({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: 'carol@example.com', password: 'correct horse battery' },
    });
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'carol@example.com', password: 'correct horse battery' },
    });
    const session = (
      response.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]
    ).find((c) => c.name === 'offerwise_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('answers a registration the same whether or not the email has an account', async () => {
    const client = new Client(t);
    const register = (email: string, password: string) =>
      client.request({ method: 'POST', url: '/api/auth/register', payload: { email, password } });
    const taken = await register('alice@example.com', 'another long password');
    const fresh = await register('erin@example.com', 'another long password');
    expect(taken.statusCode).toBe(202);
    expect(taken.body).toBe(fresh.body);
    expect(taken.cookies).toEqual(fresh.cookies);
    // Alice keeps her password; the attempt changed nothing.
    await client.login('alice@example.com');
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await t.database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'alice@example.com'));
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });

  it('answers requests without a session with 401', async () => {
    const response = await t.app.inject({ url: '/api/workspaces' });
    expect(response.statusCode).toBe(401);
    expect(json<{ code: string }>(response).code).toBe('unauthenticated');
  });

  it('logs in with the right password and refuses a wrong one alike for unknown emails', async () => {
    const client = new Client(t);
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'alice@example.com', password: 'not the password' },
    });
    const unknown = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.com', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    const right = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'Alice@Example.com', password: 'correct horse battery' },
    });
    expect(right.statusCode).toBe(200);
    const list = await client.request({ url: '/api/workspaces' });
    expect(json<{ workspaces: { id: string }[] }>(list).workspaces.map((w) => w.id)).toEqual([
      aliceWorkspace.id,
    ]);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const response = await alice.request({
      method: 'POST',
      url: '/api/workspaces',
      payload: exampleWorkspace(),
      csrf: false,
    });
    expect(response.statusCode).toBe(403);
    expect(json<{ code: string }>(response).code).toBe('csrf_invalid');
  });

  it('ends the session on logout', async () => {
    const client = new Client(t);
    await client.register('dave@example.com');
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(
      204,
    );
    expect((await client.request({ url: '/api/workspaces' })).statusCode).toBe(401);
  });
});

describe("another user's workspace", () => {
  const id = () => aliceWorkspace.id;
  const offerId = () => must(aliceWorkspace.workspace.offers[0], 'an offer').id;
  const routes = (target: () => string): [string, () => InjectOptions][] => [
    ['read', () => ({ url: `/api/workspaces/${target()}` })],
    ['evaluate', () => ({ url: `/api/workspaces/${target()}/evaluation` })],
    ['export', () => ({ url: `/api/workspaces/${target()}/export?format=json` })],
    ['list drafts', () => ({ url: `/api/workspaces/${target()}/drafts` })],
    ['list shares', () => ({ url: `/api/workspaces/${target()}/shares` })],
    [
      'update',
      () => ({
        method: 'PUT',
        url: `/api/workspaces/${target()}`,
        payload: { version: 1, workspace: exampleWorkspace('single-offer.yaml') },
      }),
    ],
    ['delete', () => ({ method: 'DELETE', url: `/api/workspaces/${target()}?version=1` })],
    [
      'import over',
      () => ({
        method: 'PUT',
        url: `/api/workspaces/${target()}/import?version=1`,
        headers: { 'content-type': 'application/yaml' },
        payload: exampleText('single-offer.yaml'),
      }),
    ],
    [
      'edit an offer',
      () => ({
        method: 'PUT',
        url: `/api/workspaces/${target()}/offers/${offerId()}`,
        payload: { version: 1, offer: aliceWorkspace.workspace.offers[0] },
      }),
    ],
    [
      'add history',
      () => ({
        method: 'POST',
        url: `/api/workspaces/${target()}/offers/${offerId()}/history`,
        payload: { version: 1, event: { at: '2026-11-26T10:00:00Z', type: 'note' } },
      }),
    ],
    [
      'save a draft',
      () => ({
        method: 'POST',
        url: `/api/workspaces/${target()}/drafts`,
        payload: { text: 'hello' },
      }),
    ],
    [
      'share',
      () => ({
        method: 'POST',
        url: `/api/workspaces/${target()}/shares`,
        payload: { email: 'bob@example.com' },
      }),
    ],
  ];

  it.each(routes(id))(
    'cannot be reached by another user (%s): the same 404 as an id that does not exist',
    async (name, options) => {
      const theirs = await bob.request(options());
      const sameRoute = must(
        routes(() => absentId).find(([n]) => n === name),
        name,
      );
      const absent = await bob.request(sameRoute[1]());
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(absent.body);
      expect(theirs.body).not.toContain(aliceWorkspace.workspace.profile.name ?? 'Sam');
    },
  );

  it('is not in the other user’s list, and is unchanged after all those attempts', async () => {
    const list = json<{ workspaces: unknown[] }>(await bob.request({ url: '/api/workspaces' }));
    expect(list.workspaces).toEqual([]);
    const mine = json<WorkspaceBody>(await alice.request({ url: `/api/workspaces/${id()}` }));
    expect(mine.version).toBe(1);
    expect(mine.workspace).toEqual(aliceWorkspace.workspace);
  });
});

describe('read-only shares', () => {
  it('lets a coach read, evaluate and export a shared workspace but not change it', async () => {
    const coach = new Client(t);
    await coach.register('coach@example.com');
    const shared = await alice.request({
      method: 'POST',
      url: `/api/workspaces/${aliceWorkspace.id}/shares`,
      payload: { email: 'coach@example.com' },
    });
    expect(shared.statusCode).toBe(201);

    const read = await coach.request({ url: `/api/workspaces/${aliceWorkspace.id}` });
    expect(json<WorkspaceBody>(read).access).toBe('viewer');
    expect(
      (await coach.request({ url: `/api/workspaces/${aliceWorkspace.id}/evaluation` })).statusCode,
    ).toBe(200);
    const update = await coach.request({
      method: 'PUT',
      url: `/api/workspaces/${aliceWorkspace.id}`,
      payload: { version: 1, workspace: aliceWorkspace.workspace },
    });
    expect(update.statusCode).toBe(403);
    expect(json<{ code: string }>(update).code).toBe('read_only');

    const revoked = await alice.request({
      method: 'DELETE',
      url: `/api/workspaces/${aliceWorkspace.id}/shares/coach@example.com`,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await coach.request({ url: `/api/workspaces/${aliceWorkspace.id}` })).statusCode).toBe(
      404,
    );
  });

  it('answers the same for an address with no account, which gets the share at its first login', async () => {
    const share = (email: string) =>
      alice.request({
        method: 'POST',
        url: `/api/workspaces/${aliceWorkspace.id}/shares`,
        payload: { email },
      });
    const known = new Client(t);
    await known.register('known-coach@example.com');
    const toKnown = await share('known-coach@example.com');
    const toUnknown = await share('Future-Coach@example.com');
    expect(toUnknown.statusCode).toBe(toKnown.statusCode);
    const listed = json<{ shares: Record<string, unknown>[] }>(toUnknown).shares;
    const entry = (email: string) => listed.find((s) => s.email === email);
    // Both entries have the same fields: nothing tells the owner which address has an account.
    expect(Object.keys(entry('future-coach@example.com') ?? {})).toEqual(
      Object.keys(entry('known-coach@example.com') ?? {}),
    );

    const newcomer = new Client(t);
    await newcomer.register('future-coach@example.com');
    const read = await newcomer.request({ url: `/api/workspaces/${aliceWorkspace.id}` });
    expect(read.statusCode).toBe(200);
    expect(json<WorkspaceBody>(read).access).toBe('viewer');

    const withdrawn = await alice.request({
      method: 'DELETE',
      url: `/api/workspaces/${aliceWorkspace.id}/shares/future-coach@example.com`,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect(
      (await newcomer.request({ url: `/api/workspaces/${aliceWorkspace.id}` })).statusCode,
    ).toBe(404);
  });
});

describe('login rate limiting', () => {
  it('answers 429 after too many login attempts from one address', async () => {
    const client = new Client(t);
    const attempt = () =>
      client.request({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { email: 'alice@example.com', password: 'guess guess guess' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = json<{ code: string }>(await attempt());
    expect(limited.code).toBe('rate_limited');
  });
});
