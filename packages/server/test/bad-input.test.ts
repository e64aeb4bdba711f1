import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleText,
  exampleWorkspace,
  json,
  type TestApp,
  testApp,
  type WorkspaceBody,
} from './helper';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await testApp({ bodyLimit: 64 * 1024 });
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/workspaces',
    payload: exampleWorkspace(),
  });
  id = json<WorkspaceBody>(created).id;
});
afterAll(async () => {
  // Undefined when beforeAll failed: report that failure, not a TypeError here.
  await t?.close();
});

const unknownId = '3f0c8d7e-1d2b-4c5a-9e8f-000000000000';

describe('bad requests get clear 4xx answers', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { 'content-type': 'application/json' },
      payload: '{"version": 1, "profile": ',
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).code).toBe('malformed_json');
  });

  it('answers a body over the limit with 413 body_too_large', async () => {
    const workspace = { ...exampleWorkspace(), title: 'x'.repeat(100 * 1024) };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: workspace,
    });
    expect(response.statusCode).toBe(413);
    expect(json<ErrorBody>(response).code).toBe('body_too_large');
  });

  it('names every wrongly typed field by its path', async () => {
    const workspace = exampleWorkspace();
    const broken = {
      ...workspace,
      offers: workspace.offers.map((o, i) =>
        i === 1 ? { ...o, pay: { ...o.pay, base: '98k' }, status: 'pondering' } : o,
      ),
    };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: broken,
    });
    expect(response.statusCode).toBe(400);
    const body = json<ErrorBody>(response);
    expect(body.code).toBe('invalid_request');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'offers[1].pay.base', message: 'expected a number, got "98k"' },
        expect.objectContaining({ path: 'offers[1].status' }),
      ]),
    );
  });

  it('reports cross-field rules (duplicate offer ids) as path-named issues', async () => {
    const workspace = exampleWorkspace();
    const first = workspace.offers[0];
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: { ...workspace, offers: [first, first] },
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toMatch(/^offers\[1\]/);
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { 'content-type': 'text/plain' },
      payload: 'version: 1',
    });
    expect(response.statusCode).toBe(415);
    expect(json<ErrorBody>(response).code).toBe('unsupported_media_type');
  });

  it('answers an If-Match that is not a version with 400', async () => {
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/workspaces/${id}`,
      headers: { 'if-match': '*' },
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toBe('If-Match');
  });

  it.each([
    ['GET', `/api/workspaces/${unknownId}`],
    ['GET', `/api/workspaces/${unknownId}/evaluation`],
    ['GET', `/api/workspaces/${unknownId}/export`],
    ['GET', `/api/workspaces/${unknownId}/drafts`],
    ['DELETE', `/api/workspaces/${unknownId}?version=1`],
  ] as const)('answers %s %s for an unknown id with 404 not_found', async (method, url) => {
    const response = await t.app.inject({ method, url });
    expect(response.statusCode).toBe(404);
    expect(json<ErrorBody>(response).code).toBe('not_found');
  });

  it('answers an update of an unknown id with 404, not 409', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${unknownId}`,
      payload: { version: 1, workspace: exampleWorkspace() },
    });
    expect(response.statusCode).toBe(404);
  });

  it.each(['..%2F..%2Fetc%2Fpasswd', '..%5C..%5Cwindows', 'x%00y'])(
    'refuses the id %s with 400 before touching storage',
    async (badId) => {
      const response = await t.app.inject({ url: `/api/workspaces/${badId}/export` });
      expect(response.statusCode).toBe(400);
      const body = json<ErrorBody>(response);
      expect(body.code).toBe('invalid_request');
      expect(body.issues?.[0]?.path).toBe('id');
    },
  );

  it.each(['/api/workspaces/../../../etc/passwd', '/api/workspaces/%2E%2E/export'])(
    'answers the dot-segment path %s with 404 and no file contents',
    async (url) => {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('root:');
    },
  );

  it('answers an id longer than any route allows with 414', async () => {
    const response = await t.app.inject({ url: `/api/workspaces/${'a'.repeat(300)}` });
    expect(response.statusCode).toBe(414);
  });

  it('answers an unknown API route with 404 JSON', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(json<ErrorBody>(response).code).toBe('not_found');
  });
});

describe('values the database cannot hold get 400, not 500', () => {
  const workspace = exampleWorkspace();
  const first = workspace.offers[0];

  it.each([
    ['title', { ...workspace, title: 'Ana\u0000' }, 'title'],
    [
      "an offer's company",
      {
        ...workspace,
        offers: [{ ...first, company: 'Acme\u0000GmbH' }, ...workspace.offers.slice(1)],
      },
      'offers[0].company',
    ],
  ])('refuses a NUL character in %s, naming the field', async (_what, payload, path) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/workspaces', payload });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toBe(path);
  });

  it('refuses a NUL character in an imported file', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/import',
      headers: { 'content-type': 'application/yaml' },
      payload: exampleText('two-local-offers.yaml').replace(/^title: .*$/m, 'title: "Ana\\0"'),
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response)).toMatchObject({ code: 'invalid_workspace' });
  });

  it.each([
    ['If-Match', { headers: { 'if-match': '"99999999999999999999"' } }, '', 'If-Match'],
    ['?version=', {}, '?version=99999999999', 'version'],
  ])('refuses a version beyond any stored one in %s', async (_where, extra, query, path) => {
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/workspaces/${id}${query}`,
      ...extra,
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toBe(path);
  });

  it('refuses a version field beyond any stored one', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${id}`,
      payload: { version: 99_999_999_999, workspace },
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toBe('version');
  });

  it('refuses a deadline in year 0000', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: {
        ...workspace,
        offers: [{ ...first, deadline: '0000-01-01T00:00:00Z' }, ...workspace.offers.slice(1)],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(json<ErrorBody>(response).issues?.[0]?.path).toBe('offers[0].deadline');
  });
});

describe('local mode', () => {
  it('refuses requests addressed to a host other than loopback (DNS rebinding)', async () => {
    const response = await t.app.inject({
      url: '/api/workspaces',
      headers: { host: 'evil.example:4173' },
    });
    expect(response.statusCode).toBe(403);
    expect(json<ErrorBody>(response).code).toBe('cross_origin');
  });

  it("refuses writes from another site's page", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { host: '127.0.0.1:4173', origin: 'https://evil.example' },
      payload: exampleWorkspace(),
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts writes from its own pages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      headers: { host: '127.0.0.1:4173', origin: 'http://127.0.0.1:4173' },
      payload: exampleWorkspace(),
    });
    expect(response.statusCode).toBe(201);
  });

  it('sends helmet headers', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('slow clients', () => {
  it('cuts off a request whose body never finishes arriving, with 408', async () => {
    const slow = await testApp({ requestTimeout: 500 });
    try {
      const address = await slow.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = new URL(address);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          // Promises 1000 bytes and sends 10: a client that would hold the connection forever.
          socket.write(
            'POST /api/workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"version"',
          );
        });
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString();
        });
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });
});

describe('server faults', () => {
  it('hides the details of a 500 from the client', async () => {
    const broken = await testApp();
    await broken.database.close();
    const response = await broken.app.inject({ url: '/api/workspaces' });
    await broken.app.close();
    expect(response.statusCode).toBe(500);
    const body = json<ErrorBody>(response);
    expect(body.code).toBe('internal');
    expect(body.message).not.toMatch(/select|workspaces|closed|pglite|pool/i);
  });
});
