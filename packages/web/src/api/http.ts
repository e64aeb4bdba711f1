import type { InputIssue } from '@offerwise/core';

/**
 * What a call to the API can come back with. Bad input (400 with issues) and a stale write (409
 * with the current version) are expected outcomes the UI shows in place, so they are values.
 */
export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; issues: InputIssue[] }
  | { ok: false; kind: 'conflict'; currentVersion: number | null }
  | { ok: false; kind: 'failed'; status: number; message: string };

/** Thrown only to hand a failure to TanStack Query, which expects queries to throw. */
export class ApiError extends Error {
  constructor(readonly result: Exclude<ApiResult<unknown>, { ok: true }>) {
    super(result.kind === 'failed' ? result.message : result.kind);
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  text?: { body: string; contentType: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function request<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['content-type'] = options.text.contentType;
    body = options.text.body;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: options.signal ?? null,
    });
  } catch (error) {
    return { ok: false, kind: 'failed', status: 0, message: String(error) };
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: payload as T };
  const data = (payload ?? {}) as {
    issues?: InputIssue[];
    currentVersion?: number;
    version?: number;
    message?: string;
  };
  if (response.status === 409)
    return {
      ok: false,
      kind: 'conflict',
      currentVersion: data.currentVersion ?? data.version ?? null,
    };
  if (response.status === 400 && Array.isArray(data.issues))
    return { ok: false, kind: 'invalid', issues: data.issues };
  return {
    ok: false,
    kind: 'failed',
    status: response.status,
    message: data.message ?? response.statusText,
  };
}

/** For queries: the value, or an ApiError for TanStack Query to hold. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result);
}
