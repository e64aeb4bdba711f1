import type { Result, Workspace } from '@offerwise/core';

// What the server sends was checked on its way in (the server evaluates stored documents as
// they are, too), so it is not checked again on every step's entry; an edited document is
// checked once and the answer kept with it, since the editor, the grid and the facts all ask
// about the same draft.
//
// Core's checks are zod and the workspace schema, about 35 kB gzipped: a step loads them when
// the user first presses a key or a pointer (see `loadChecksOnInput`), not to show what is
// stored. An edit that arrives before they have loaded is shown at once as if valid, guarded
// (`computeChecked`), and checked again as soon as they are in (`shownUnchecked`).
const stored = new WeakSet<object>();
const results = new WeakMap<object, Result<Workspace>>();
const unchecked = new WeakSet<object>();
let validate: ((document: unknown) => Result<Workspace>) | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Marks a document as the server sent it: valid as it stands, nothing to check. */
export function trustStored(document: Workspace): void {
  stored.add(document);
}

/** Loads core's checks once; resolves when `checkWorkspace` can answer for any document. */
export function loadChecks(): Promise<void> {
  loading ??= import('./checks').then(
    (module) => {
      validate = module.validateWorkspace;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      loading = null; // a later edit or save tries again (e.g. once back online)
      throw error;
    },
  );
  return loading;
}

/** Whether core's checks have loaded (for useSyncExternalStore). */
export function checksLoaded(): boolean {
  return validate !== null;
}

/** Calls `listener` once the checks have loaded; returns the unsubscribe. */
export function onChecksLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Starts loading the checks at the first key or pointer press anywhere in the page, which comes
 * before the edit it leads to; returns the clean-up.
 */
export function loadChecksOnInput(target: Window): () => void {
  const start = () => {
    loadChecks().catch(() => undefined); // a save that needs them reports the failure
    stop();
  };
  const stop = () => {
    target.removeEventListener('keydown', start, true);
    target.removeEventListener('pointerdown', start, true);
  };
  target.addEventListener('keydown', start, true);
  target.addEventListener('pointerdown', start, true);
  return stop;
}

/**
 * Core's checks on a document: the stored one passes as it is, an edited one is checked once.
 * Null while the checks are still loading (the load is started).
 */
export function checkWorkspace(document: Workspace): Result<Workspace> | null {
  if (stored.has(document)) return { ok: true, value: document };
  let result = results.get(document);
  if (!result) {
    if (!validate) {
      loadChecks().catch(() => undefined); // a save that needs them reports the failure
      return null;
    }
    result = validate(document);
    results.set(document, result);
  }
  return result;
}

/** The checks' answer, waiting for them to load if need be (before a save). */
export async function checkWorkspaceLoaded(document: Workspace): Promise<Result<Workspace>> {
  await loadChecks();
  return checkWorkspace(document) ?? { ok: false, issues: [] };
}

/** Whether a document was shown before the checks could answer for it. */
export function shownUnchecked(document: Workspace): boolean {
  return unchecked.has(document);
}

/**
 * `compute` on a valid document. One the checks cannot answer for yet is computed as it is, so
 * the page follows the user's edit without waiting; if it is not valid and core throws on it,
 * nothing is shown until the checks can say why.
 */
export function computeChecked<T>(
  document: Workspace,
  compute: (valid: Workspace) => T,
): Result<T> {
  const checked = checkWorkspace(document);
  if (checked) return checked.ok ? { ok: true, value: compute(checked.value) } : checked;
  unchecked.add(document);
  try {
    return { ok: true, value: compute(document) };
  } catch {
    return { ok: false, issues: [] };
  }
}
