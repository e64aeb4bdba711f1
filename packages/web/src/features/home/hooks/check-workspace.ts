import { type InputIssue, readWorkspace, validateWorkspace } from '@offerwise/core';

// Loaded with import() on demand: core's schema (zod) and the YAML parser stay out of the first page.

/** Checks a YAML or JSON file in the browser, so errors point at lines before anything is sent. */
export function checkWorkspaceText(text: string): InputIssue[] {
  const result = readWorkspace(text);
  return result.ok ? [] : result.issues;
}

export function checkWorkspaceDocument(document: unknown): InputIssue[] {
  const result = validateWorkspace(document);
  return result.ok ? [] : result.issues;
}
