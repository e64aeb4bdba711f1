import type { Channel, Scenario } from '@offerwise/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiResult, request, unwrap } from '../../../api/http';
import { workspaceKeys } from '../../../api/queries';

/** A message draft as the server stores it (issue 6), versioned like a workspace. */
export interface SavedDraft {
  id: string;
  offerId: string | null;
  scenario: Scenario | null;
  channel: Channel | null;
  text: string;
  version: number;
  updatedAt: string;
}

export interface DraftFields {
  offerId: string;
  scenario: Scenario;
  channel: Channel;
  text: string;
}

const drafts = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/drafts`;

export const draftsQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [...workspaceKeys.one(workspaceId), 'drafts'] as const,
    queryFn: async ({ signal }) =>
      unwrap(await request<{ drafts: SavedDraft[] }>(drafts(workspaceId), { signal })).drafts,
  });

/** Saves a new draft, or a new version of one; a stale version comes back as a conflict. */
export function useSaveDraft(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      saved: SavedDraft | null;
      fields: DraftFields;
    }): Promise<ApiResult<SavedDraft>> =>
      input.saved
        ? request<SavedDraft>(`${drafts(workspaceId)}/${encodeURIComponent(input.saved.id)}`, {
            method: 'PUT',
            json: { ...input.fields, version: input.saved.version },
          })
        : request<SavedDraft>(drafts(workspaceId), { method: 'POST', json: input.fields }),
    onSuccess: (result) => {
      if (result.ok) void client.invalidateQueries({ queryKey: draftsQuery(workspaceId).queryKey });
    },
  });
}
