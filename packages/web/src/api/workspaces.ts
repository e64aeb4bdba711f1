import type { Evaluation, Workspace } from '@offerwise/core';
import { type ApiResult, request } from './http';

/** A stored workspace as the API returns it (issue 6): the document plus its version. */
export interface WorkspaceRecord {
  id: string;
  version: number;
  title: string | null;
  updatedAt: string;
  document: Workspace;
}

/** One row of the workspaces list: enough for the home page without loading each document. */
export interface WorkspaceSummary {
  id: string;
  version: number;
  title: string | null;
  updatedAt: string;
  offers: { id: string; company: string; role: string; status?: string; deadline?: string }[];
}

const base = '/api/workspaces';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listWorkspaces(signal?: AbortSignal): Promise<ApiResult<WorkspaceSummary[]>> {
  return request<WorkspaceSummary[]>(base, { signal });
}

export function getWorkspace(
  id: string,
  signal?: AbortSignal,
): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(one(id), { signal });
}

export function createWorkspace(document: Workspace): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(base, { method: 'POST', json: { document } });
}

/** Saves a new document over `version`; a stale version comes back as a conflict. */
export function updateWorkspace(
  id: string,
  version: number,
  document: Workspace,
): Promise<ApiResult<WorkspaceRecord>> {
  return request<WorkspaceRecord>(one(id), { method: 'PUT', json: { version, document } });
}

export function deleteWorkspace(id: string): Promise<ApiResult<null>> {
  return request<null>(one(id), { method: 'DELETE' });
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

export function getEvaluation(id: string, signal?: AbortSignal): Promise<ApiResult<Evaluation>> {
  return request<Evaluation>(`${one(id)}/evaluation`, { signal });
}

export const exportUrl = (id: string, format: 'yaml' | 'json') =>
  `${one(id)}/export?format=${format}`;
export const calendarUrl = (id: string) => `${one(id)}/calendar.ics`;
