import { type Result, validateWorkspace, type Workspace } from '@offerwise/core';

// What the server sends was checked on its way in (the server evaluates stored documents as
// they are, too), so it is not checked again on every step's entry; an edited document is
// checked once and the answer kept with it, since the editor, the grid and the facts all ask
// about the same draft.
const stored = new WeakSet<object>();
const results = new WeakMap<object, Result<Workspace>>();

/** Marks a document as the server sent it: valid as it stands, nothing to check. */
export function trustStored(document: Workspace): void {
  stored.add(document);
}

/** Core's checks on a document: the stored one passes as it is, an edited one is checked once. */
export function checkWorkspace(document: Workspace): Result<Workspace> {
  if (stored.has(document)) return { ok: true, value: document };
  let result = results.get(document);
  if (!result) {
    result = validateWorkspace(document);
    results.set(document, result);
  }
  return result;
}
