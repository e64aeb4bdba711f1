import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './helper';

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'offerwise-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Offerwise</title>');
  writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
  t = await testApp({ webDist });
});
afterAll(async () => {
  await t?.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the web build', () => {
  it('is served at / when packages/web/dist exists', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Offerwise</title>');
    expect((await t.app.inject({ url: '/app.js' })).body).toBe('console.log(1)');
  });

  it("answers the client's own routes with index.html", async () => {
    const response = await t.app.inject({ url: '/workspaces/123/compare' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('keeps unknown API routes a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('does not serve files outside the build directory', async () => {
    const response = await t.app.inject({ url: '/..%2F..%2F..%2Fetc%2Fpasswd' });
    expect(response.body).not.toContain('root:');
  });
});
