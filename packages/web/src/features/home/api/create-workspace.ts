import type { Workspace } from '@offerwise/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiResult } from '../../../api/http';
import { workspaceKeys } from '../../../api/queries';
import { createWorkspace, importWorkspace, type WorkspaceRecord } from '../../../api/workspaces';

export type CreateInput =
  | { kind: 'document'; document: Workspace }
  | { kind: 'file'; text: string; format: 'yaml' | 'json' };

/** Creates a workspace from a document or a file; the list is refreshed through its own key. */
export function useCreateWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInput): Promise<ApiResult<WorkspaceRecord>> =>
      input.kind === 'document'
        ? createWorkspace(input.document)
        : importWorkspace(input.text, input.format),
    onSuccess: (result) => {
      if (!result.ok) return;
      client.setQueryData(workspaceKeys.one(result.value.id), result.value);
      void client.invalidateQueries({ queryKey: workspaceKeys.list() });
    },
  });
}
