import type { Result, Workspace } from '@offerwise/core';

type Validate = (document: unknown) => Result<Workspace>;

// Core's schema (zod and the workspace rules, about 35 kB gzipped) is only needed once a
// document has been changed in this browser: what the server sends was checked on its way in,
// and the server evaluates stored documents as they are too. So a step that only shows a
// workspace never loads the schema; the first edit, or a hand reaching for a control, does.
const stored = new WeakSet<object>();
const results = new WeakMap<object, Result<Workspace>>();
let validate: Validate | null = null;
let loading: Promise<Validate> | null = null;

/** Loads core's checks (once); resolves when `checkWorkspace` can answer for any document. */
export function loadChecks(): Promise<Validate> {
  loading ??= import('./validate').then((module) => {
    validate = module.validateWorkspace;
    return validate;
  });
  return loading;
}

/** Marks a document as the server sent it: valid as it stands, nothing to check. */
export function trustStored(document: Workspace): void {
  stored.add(document);
}

/**
 * Core's checks on a document: the stored one passes as it is, an edited one is checked once
 * (every step asks about the same draft, so the answer is kept with it). Called during a render
 * before the checks have loaded, it suspends the render until they have (React's Suspense).
 */
export function checkWorkspace(document: Workspace): Result<Workspace> {
  if (stored.has(document)) return { ok: true, value: document };
  const known = results.get(document);
  if (known) return known;
  if (!validate) throw loadChecks();
  const result = validate(document);
  results.set(document, result);
  return result;
}
