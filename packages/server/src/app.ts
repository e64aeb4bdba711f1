import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from './db/database';
import { ApiError, errorHandler } from './errors';
import { logSerializers } from './log';
import { type AuthOptions, authPlugin, type Mode } from './plugins/auth';
import { repositoriesPlugin } from './plugins/repositories';
import { authRoutes, sessionRoutes } from './routes/auth';
import { draftRoutes } from './routes/drafts';
import { letterRoutes } from './routes/letters';
import { offerRoutes } from './routes/offers';
import { errors, health, openApiDocument } from './routes/responses';
import { shareRoutes } from './routes/shares';
import { transferRoutes } from './routes/transfer';
import { workspaceRoutes } from './routes/workspaces';
import { serveWeb } from './static-web';
import { validatorCompiler } from './validation';

export interface AppOptions {
  database: Pick<Database, 'db' | 'driver'>;
  mode: Mode;
  /** A built web app to serve at `/`, when the directory exists. */
  webDist?: string | undefined;
  /** Signs the CSRF cookie in server mode; random per process when omitted. */
  cookieSecret?: string | undefined;
  loginRateLimit?: AuthOptions['loginRateLimit'];
  /** Largest request body in bytes; workspace files are a few kilobytes. */
  bodyLimit?: number;
  /** Pino log level; off when omitted (tests). */
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
  /** Where log lines go (stdout when omitted); tests read them. */
  logStream?: { write(line: string): void };
  /**
   * Behind a reverse proxy: which `X-Forwarded-*` headers to believe (Fastify's `trustProxy`),
   * so cookies are Secure on HTTPS and login limits count clients, not the proxy.
   */
  trustProxy?: boolean | string[] | undefined;
  /** Cuts off a request (headers and body) that takes longer, with 408. */
  requestTimeout?: number;
  /**
   * Checks every response body against its route's declared schema (routes/responses.ts), so a
   * test fails when core returns a field the API contract lacks. Off in `startServer`: there the
   * check costs more than the evaluation it guards, and a mismatch would only turn a good answer
   * into a 500. On when omitted.
   */
  checkResponses?: boolean;
  /** Sees every route as it is added; the route-schema test collects them this way. */
  onRoute?: (route: RouteOptions) => void;
}

export const defaultBodyLimit = 1024 * 1024;
export const defaultRequestTimeout = 30_000;

// A frozen body (a cached evaluation) is never changed, so its text can be reused.
const serialized = new WeakMap<object, string>();
function serializeOnce(data: unknown): string {
  if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) {
    return JSON.stringify(data);
  }
  let text = serialized.get(data);
  if (text === undefined) {
    text = JSON.stringify(data);
    serialized.set(data, text);
  }
  return text;
}

/** Builds the HTTP app without listening, so tests can call `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeout ?? defaultRequestTimeout;
  const app = Fastify({
    logger: options.logLevel
      ? {
          level: options.logLevel,
          serializers: logSerializers,
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    // A client that sends its body slowly would otherwise hold a connection (and memory) forever.
    requestTimeout,
    // Node applies these only when they are given as the server is created (Fastify sets
    // requestTimeout afterwards, which Node 20 ignores); it checks for expired requests every
    // connectionsCheckingInterval (30 s by default).
    http: {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(requestTimeout, 1000),
    },
    trustProxy: options.trustProxy ?? false,
    // One spelling per route: `//api//workspaces` and `/API/Workspaces` reach the same handler
    // (and the same access check) as `/api/workspaces`.
    routerOptions: { ignoreDuplicateSlashes: true, caseSensitive: false },
    // Lets `close()` finish in-flight requests while refusing new ones (graceful shutdown).
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    options.checkResponses === false ? () => serializeOnce : serializerCompiler,
  );
  app.setErrorHandler(errorHandler);
  // JSON (and YAML on the import routes) only: a text/plain body is what a cross-site HTML
  // form can send without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  // Local mode is plain HTTP on loopback: HSTS and upgrade-insecure-requests would make the
  // browser ask for https://127.0.0.1, which nothing answers.
  await app.register(
    helmet,
    options.mode === 'local'
      ? {
          strictTransportSecurity: false,
          contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
        }
      : {},
  );
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Offerwise API',
        version: '0.1.0',
        description: 'Workspaces, evaluations and drafts. Error codes: docs/errors.md.',
      },
    },
    transform: jsonSchemaTransform,
  });
  const loginRateLimit = options.loginRateLimit ?? { max: 10, timeWindow: '1 minute' };
  await app.register(repositoriesPlugin, { database: options.database });
  await app.register(authPlugin, {
    mode: options.mode,
    cookieSecret: options.cookieSecret ?? randomBytes(32).toString('base64url'),
    loginRateLimit,
  });
  if (options.mode === 'local') await app.repos.users.ensureLocalUser();

  await app.register(
    async (api) => {
      // Answers name people, employers and salaries: no browser or proxy cache may keep them.
      api.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });
      api.get(
        '/health',
        {
          config: { public: true },
          schema: { hide: true, response: { 200: health, ...errors() } },
        },
        async () => ({ ok: true as const, mode: options.mode }),
      );
      api.get(
        '/docs',
        {
          config: { public: true },
          schema: { hide: true, response: { 200: openApiDocument, ...errors() } },
        },
        async () => app.swagger(),
      );
      await api.register(sessionRoutes);
      if (options.mode === 'server') {
        await api.register(authRoutes, { loginRateLimit });
        await api.register(shareRoutes);
      }
      await api.register(workspaceRoutes);
      await api.register(transferRoutes);
      await api.register(offerRoutes);
      await api.register(draftRoutes);
      await api.register(letterRoutes);
    },
    { prefix: '/api' },
  );

  const webDist = options.webDist && existsSync(options.webDist) ? options.webDist : undefined;
  if (webDist) await serveWeb(app, webDist);
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: unknown non-API GETs get its index page.
    if (webDist && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    reply.header('cache-control', 'no-store');
    throw new ApiError(
      404,
      'not_found',
      `No route ${request.method} ${request.url.split('?')[0]}.`,
    );
  });
  return app;
}
