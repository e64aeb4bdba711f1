import type { Workspace } from './document';
import { fromZodIssues, type Result } from './issues';
import { workspaceSchema } from './schema';

/**
 * Checks an already-parsed document (e.g. a request body) against the workspace schema.
 * Kept apart from file.ts, which needs the YAML parser: a browser page that only validates
 * documents it already holds does not load the parser (about 30 kB gzipped).
 */
export function validateWorkspace(data: unknown): Result<Workspace> {
  const parsed = workspaceSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: fromZodIssues(parsed.error.issues) };
}
