import { queryOptions } from '@tanstack/react-query';
import { unwrap } from './http';
import { getWorkspace, listWorkspaces } from './workspaces';

/** Query keys live here only, so every invalidation goes through the same key. */
export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  one: (id: string) => [...workspaceKeys.all, 'one', id] as const,
};

export const workspacesQuery = () =>
  queryOptions({
    queryKey: workspaceKeys.list(),
    queryFn: async ({ signal }) => unwrap(await listWorkspaces(signal)),
  });

export const workspaceQuery = (id: string) =>
  queryOptions({
    queryKey: workspaceKeys.one(id),
    queryFn: async ({ signal }) => unwrap(await getWorkspace(id, signal)),
  });
