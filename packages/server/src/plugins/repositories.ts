import fp from 'fastify-plugin';
import type { Database } from '../db/database';
import { draftsRepository } from '../repositories/drafts';
import { sharesRepository } from '../repositories/shares';
import { usersRepository } from '../repositories/users';
import { workspacesRepository } from '../repositories/workspaces';

export interface Repositories {
  workspaces: ReturnType<typeof workspacesRepository>;
  users: ReturnType<typeof usersRepository>;
  shares: ReturnType<typeof sharesRepository>;
  drafts: ReturnType<typeof draftsRepository>;
}

declare module 'fastify' {
  interface FastifyInstance {
    repos: Repositories;
  }
}

/** The only place that hands out database access: routes call repositories, never Drizzle. */
export const repositoriesPlugin = fp<{ database: Pick<Database, 'db' | 'driver'> }>(
  async (app, { database: { db, driver } }) => {
    app.decorate('repos', {
      workspaces: workspacesRepository(db, { cacheOwnRows: driver === 'pglite' }),
      users: usersRepository(db),
      shares: sharesRepository(db),
      drafts: draftsRepository(db),
    });
  },
  { name: 'repositories' },
);
