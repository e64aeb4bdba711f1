import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors';
import { localUser, type User } from '../repositories/users';

export type Mode = 'local' | 'server';

export interface AuthOptions {
  mode: Mode;
  /** Signs the CSRF secret cookie; a random one per process when not configured. */
  cookieSecret: string;
  /** Login and registration attempts allowed per client address and window. */
  loginRateLimit: { max: number; timeWindow: number | string };
}

declare module 'fastify' {
  interface FastifyInstance {
    mode: Mode;
  }
  interface FastifyRequest {
    user: User;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, registration, health, API docs). */
    public?: boolean;
  }
}

export const sessionCookie = 'offerwise_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Who is asking. Local mode: always the local user, but only from pages this server served
 * (a loopback Host defeats DNS rebinding; the Origin check stops other sites' forms and
 * fetches). Server mode: the session cookie, plus a CSRF token on every cookie-authenticated
 * write; no session means 401 except on public routes.
 */
export const authPlugin = fp<AuthOptions>(
  async (app, options) => {
    app.decorate('mode', options.mode);
    app.decorateRequest('user', null as unknown as User);
    await app.register(cookie, { secret: options.cookieSecret });
    await app.register(rateLimit, { global: false });
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieOpts: {
        signed: true,
        httpOnly: true,
        sameSite: 'strict',
        path: '/api',
        secure: 'auto',
      },
    });

    if (options.mode === 'local') {
      app.addHook('onRequest', async (request) => {
        if (!loopbackHosts.has(request.hostname)) {
          throw new ApiError(
            403,
            'cross_origin',
            'This local server answers only on 127.0.0.1 or localhost.',
          );
        }
        if (unsafeMethods.has(request.method) && crossSite(request)) {
          throw new ApiError(
            403,
            'cross_origin',
            'Writes are accepted only from pages this server served.',
          );
        }
        request.user = localUser;
      });
      return;
    }

    app.addHook('onRequest', async (request) => {
      const token = request.cookies[sessionCookie];
      const user = token ? await app.repos.users.userForSession(token, new Date()) : null;
      if (user) request.user = user;
      else if (needsSession(request)) {
        throw new ApiError(401, 'unauthenticated', 'Log in first (POST /api/auth/login).');
      }
    });
    // A separate callback-style hook: the CSRF check reports failure through reply.send(error),
    // which reaches the error handler from here.
    app.addHook('onRequest', (request, reply, done) => {
      if (request.user && unsafeMethods.has(request.method)) {
        app.csrfProtection(request, reply, done);
      } else done();
    });
  },
  { name: 'auth', dependencies: ['repositories'] },
);

/**
 * Decided by the route the router chose, never by the URL's text: `/%61pi/…`, `//api/…` and
 * `/API/…` reach the same handler as `/api/…` and so need the same session. Unmatched URLs
 * fall through to the 404 handler, which reads nothing.
 */
function needsSession(request: FastifyRequest): boolean {
  return (
    Boolean(request.routeOptions.url?.startsWith('/api/')) && !request.routeOptions.config.public
  );
}

function crossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/** Sets the session cookie: HttpOnly (scripts cannot read it), SameSite=Strict. */
export function setSessionCookie(reply: FastifyReply, token: string, expires: Date): void {
  reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: 'auto',
    expires,
  });
}
