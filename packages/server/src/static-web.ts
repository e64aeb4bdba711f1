import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names built files `name-<hash>.ext` under assets/: their content never changes. */
const hashed = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.\w+$/;

/**
 * Serves the built web app: the brotli or gzip file the build wrote beside each asset when the
 * browser accepts it (no compression per request), hashed files cached for a year as immutable,
 * and everything else (index.html, favicon) revalidated on every visit, so a new release is
 * picked up at once. Unknown non-API GETs get index.html, since the app routes on the client.
 */
export async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        hashed.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
