import type { Workspace } from '@offerwise/core';
import { type ApiResult, request } from './http';

/** A stored workspace as the API returns it (issue 6): the document plus its version. */
export interface WorkspaceRecord {
  id: string;
  version: number;
  title: string | null;
  /** `viewer` for a workspace shared read-only (server mode). */
  access: 'owner' | 'viewer';
  createdAt: string;
  updatedAt: string;
  workspace: Workspace;
}

/** One row of the workspaces list. */
export interface WorkspaceSummary extends Omit<WorkspaceRecord, 'workspace'> {
  offerCount: number;
  /** The earliest deadline of any offer, open or not. */
  nextDeadline: string | null;
}

const base = '/api/workspaces';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export async function listWorkspaces(signal?: AbortSignal): Promise<ApiResult<WorkspaceSummary[]>> {
  const result = await request<{ workspaces: WorkspaceSummary[] }>(base, { signal });
  return result.ok ? { ok: true, value: result.value.workspaces } : result;
}

export function getWorkspace(
  id: string,
  signal?: AbortSignal,
): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(one(id), { signal });
}

export function createWorkspace(document: Workspace): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(base, { method: 'POST', json: document });
}

/** Saves a new document over `version`; a stale version comes back as a conflict. */
export function updateWorkspace(
  id: string,
  version: number,
  document: Workspace,
): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(one(id), {
    method: 'PUT',
    json: { version, workspace: document },
  });
}

/** Imports a YAML or JSON file as it is; the server validates it with core's schema. */
export function importWorkspace(
  text: string,
  format: 'yaml' | 'json',
): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(`${base}/import`, {
    method: 'POST',
    text: { body: text, contentType: format === 'json' ? 'application/json' : 'application/yaml' },
  });
}

/** The dated plan as an iCalendar file, written by the server from the stored workspace. */
export const calendarUrl = (id: string) => `${one(id)}/calendar.ics`;
