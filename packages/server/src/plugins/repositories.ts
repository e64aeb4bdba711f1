import fp from 'fastify-plugin';
import type { Db } from '../db/database';
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
export const repositoriesPlugin = fp<{ db: Db }>(
  async (app, { db }) => {
    app.decorate('repos', {
      workspaces: workspacesRepository(db),
      users: usersRepository(db),
      shares: sharesRepository(db),
      drafts: draftsRepository(db),
    });
  },
  { name: 'repositories' },
);
