import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './helper';

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'offerwise-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Offerwise</title>');
  writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
  mkdirSync(join(webDist, 'assets'));
  const asset = join(webDist, 'assets', 'index-CdINciKS.js');
  writeFileSync(asset, 'console.log("hashed")');
  writeFileSync(`${asset}.br`, brotliCompressSync('console.log("hashed")'));
  writeFileSync(`${asset}.gz`, gzipSync('console.log("hashed")'));
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

  it('sends the brotli file the build wrote when the browser accepts it', async () => {
    const response = await t.app.inject({
      url: '/assets/index-CdINciKS.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe('console.log("hashed")');
  });

  it('sends the gzip file to a browser without brotli, and the plain file to one without either', async () => {
    const gz = await t.app.inject({
      url: '/assets/index-CdINciKS.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe('console.log("hashed")');
    const plain = await t.app.inject({ url: '/assets/index-CdINciKS.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("hashed")');
  });

  it('caches hashed assets for a year as immutable, and revalidates the index page', async () => {
    const asset = await t.app.inject({ url: '/assets/index-CdINciKS.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await t.app.inject({ url: '/' });
    expect(index.headers['cache-control']).toBe('no-cache');
    const route = await t.app.inject({ url: '/w/123/compare' });
    expect(route.headers['cache-control']).toBe('no-cache');
  });
});
