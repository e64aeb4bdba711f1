import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { exampleWorkspace, json, type TestApp, testApp, testDatabase } from './helper';

// What the server keeps about people outside the database: log lines and caches.

const opened: TestApp[] = [];
afterAll(async () => {
  await Promise.all(opened.map((t) => t.close()));
});

async function app(options: Parameters<typeof testApp>[0] = {}) {
  const t = await testApp(options);
  opened.push(t);
  return t;
}

describe('logs', () => {
  it('hold neither the query string nor any value from a workspace, even for a fault', async () => {
    const lines: string[] = [];
    const database = await testDatabase();
    const logged = await buildApp({
      database,
      mode: 'local',
      logLevel: 'info',
      logStream: { write: (line) => lines.push(line) },
    });
    const workspace = exampleWorkspace('international-move.yaml');
    const created = await logged.inject({
      method: 'POST',
      url: '/api/workspaces?email=ana.secret@example.com',
      payload: workspace,
    });
    expect(created.statusCode).toBe(201);
    // A fault while writing: Drizzle's error quotes the query's parameters, i.e. the workspace.
    await database.close();
    const failed = await logged.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: { ...workspace, title: 'Zebulon Quartermaine, 187,000 a year' },
    });
    await logged.close();
    expect(failed.statusCode).toBe(500);
    // Timings are measurements, not workspace values, and their digits can spell any figure
    // (a response time of 173.688592 ms "contains" 92000).
    const log = lines
      .map((line) => {
        const { time: _time, pid: _pid, responseTime: _responseTime, ...record } = JSON.parse(line);
        return JSON.stringify(record);
      })
      .join('\n');
    expect(log).toContain('request failed');
    for (const secret of [
      'ana.secret',
      'Zebulon',
      'Quartermaine',
      'ThamesBank',
      'Alpenwerk',
      String(workspace.offers[0]?.pay.base),
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('caches', () => {
  it('are told not to keep any API answer, errors included', async () => {
    const t = await app();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: exampleWorkspace(),
    });
    const { id } = json<{ id: string }>(created);
    for (const url of [`/api/workspaces/${id}`, `/api/workspaces/${id}/evaluation`, '/api/nope']) {
      const response = await t.app.inject({ url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });
});

describe('behind a proxy (OFFERWISE_TRUST_PROXY)', () => {
  const login = (t: TestApp, headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { email: 'nobody@example.com', password: 'not the password' },
    });

  it('limits login attempts per client, not per proxy address', async () => {
    const t = await app({
      mode: 'server',
      trustProxy: true,
      loginRateLimit: { max: 2, timeWindow: 60_000 },
    });
    const client = (ip: string) => ({ 'x-forwarded-for': ip });
    expect((await login(t, client('203.0.113.1'))).statusCode).toBe(401);
    expect((await login(t, client('203.0.113.1'))).statusCode).toBe(401);
    expect((await login(t, client('203.0.113.1'))).statusCode).toBe(429);
    // Another client behind the same proxy still gets its own attempts.
    expect((await login(t, client('203.0.113.2'))).statusCode).toBe(401);
  });

  it('without it, every client behind the proxy shares one limit', async () => {
    const t = await app({ mode: 'server', loginRateLimit: { max: 2, timeWindow: 60_000 } });
    await login(t, { 'x-forwarded-for': '203.0.113.1' });
    await login(t, { 'x-forwarded-for': '203.0.113.1' });
    expect((await login(t, { 'x-forwarded-for': '203.0.113.2' })).statusCode).toBe(429);
  });

  it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
    const t = await app({ mode: 'server', trustProxy: true });
    const payload = { email: 'fern@example.com', password: 'correct horse battery' };
    await t.app.inject({ method: 'POST', url: '/api/auth/register', payload });
    const cookieOf = async (proto: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': proto },
        payload,
      });
      expect(response.statusCode).toBe(200);
      return (response.cookies as { name: string; secure?: boolean }[]).find(
        (c) => c.name === 'offerwise_session',
      );
    };
    expect((await cookieOf('https'))?.secure).toBe(true);
    expect((await cookieOf('http'))?.secure).toBeFalsy();
  });
});
