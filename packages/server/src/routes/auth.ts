import { hash, verify } from '@node-rs/argon2';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors';
import { type AuthOptions, sessionCookie, setSessionCookie } from '../plugins/auth';
import type { User } from '../repositories/users';
import { errors, login, noContent, registered, session } from './responses';

const credentials = z.object({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(10).max(1024),
});

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to argon2id.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Accounts and sessions (server mode only). Login and registration are rate limited per client
 * address; neither a failed login nor a registration says whether the email has an account.
 */
export const authRoutes: FastifyPluginAsyncZod<Pick<AuthOptions, 'loginRateLimit'>> = async (
  app,
  { loginRateLimit },
) => {
  // Verifying against a real hash when the email is unknown keeps the timing the same.
  const decoyHash = await hash('not-a-real-password', argon2Options);
  const limited = { public: true, rateLimit: loginRateLimit };

  async function startSession(user: User, reply: Parameters<typeof setSessionCookie>[0]) {
    const session = await app.repos.users.startSession(user.id, new Date());
    await app.repos.shares.claimInvites(user);
    setSessionCookie(reply, session.token, session.expiresAt);
    return { user, csrfToken: reply.generateCsrf() };
  }

  app.post(
    '/auth/register',
    {
      config: limited,
      schema: {
        summary: 'Create an account',
        tags: ['auth'],
        body: credentials,
        response: { 202: registered, ...errors(429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // The same answer, after the same work, whether or not the email has an account: anyone
      // could otherwise test addresses here to learn who uses Offerwise. A new account then
      // logs in like an existing one; a taken email's owner keeps their password.
      await app.repos.users.create(email, await hash(password, argon2Options));
      return reply.status(202).send({
        message: 'If this email had no account, it has one now. Log in with it to continue.',
      });
    },
  );

  app.post(
    '/auth/login',
    {
      config: limited,
      schema: {
        summary: 'Log in',
        tags: ['auth'],
        body: credentials,
        response: { 200: login, ...errors(401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const found = await app.repos.users.findByEmail(email);
      const ok = await verify(found?.passwordHash ?? decoyHash, password);
      if (!found?.passwordHash || !ok) {
        throw new ApiError(401, 'invalid_credentials', 'That email and password do not match.');
      }
      return startSession({ id: found.id, email: found.email }, reply);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        summary: 'Log out',
        tags: ['auth'],
        response: { 204: noContent, ...errors(401, 403) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await app.repos.users.endSession(token);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );
};

/** Who is logged in, and a CSRF token for the next writes. Public in both modes. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/auth/session',
    {
      config: { public: true },
      schema: {
        summary: 'The current session',
        tags: ['auth'],
        response: { 200: session, ...errors() },
      },
    },
    async (request, reply) => {
      const user = (request.user as User | null) ?? null;
      if (app.mode === 'local') return { mode: app.mode, user, csrfToken: null };
      return { mode: app.mode, user, csrfToken: user ? reply.generateCsrf() : null };
    },
  );
};
