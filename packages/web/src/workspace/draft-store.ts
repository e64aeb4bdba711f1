import type { ReplacedWeighting } from './edits';

/**
 * The browser's copy of a workspace being edited, so nothing typed is lost: written on every
 * edit, removed once the server has stored the same document. It holds drafts that cannot be
 * saved yet (a field left empty, a letter in a number) until they can; see
 * docs/decisions/0012-web-drafts.md.
 */
export interface LocalDraft {
  /** The stored version the draft was edited from; a newer one on the server means a conflict. */
  baseVersion: number;
  /** The document as typed: it may not pass the schema yet. */
  document: unknown;
  /** When it was last written (ISO), to tell the user how old a leftover draft is. */
  editedAt: string;
}

/** What the app needs of `window.localStorage`, so tests can pass a map. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const draftKey = (id: string) => `offerwise:draft:${id}`;
const replacedKey = (id: string) => `offerwise:replaced-weighting:${id}`;

/** The browser's storage, or null where there is none (private modes can throw on access). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(storage: DraftStorage | null, id: string): LocalDraft | null {
  const parsed = readJson(storage, draftKey(id));
  if (!parsed || typeof parsed !== 'object') return null;
  const draft = parsed as Partial<LocalDraft>;
  if (typeof draft.baseVersion !== 'number' || typeof draft.editedAt !== 'string') return null;
  if (draft.document === null || typeof draft.document !== 'object') return null;
  return draft as LocalDraft;
}

/** Writes the draft; false when the browser refused (full or disabled storage). */
export function writeDraft(storage: DraftStorage | null, id: string, draft: LocalDraft): boolean {
  return writeJson(storage, draftKey(id), draft);
}

export function clearDraft(storage: DraftStorage | null, id: string): void {
  try {
    storage?.removeItem(draftKey(id));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

export function readReplaced(storage: DraftStorage | null, id: string): ReplacedWeighting | null {
  const parsed = readJson(storage, replacedKey(id)) as ReplacedWeighting | null;
  return parsed && typeof parsed === 'object' && Array.isArray(parsed.priorityIds) ? parsed : null;
}

export function writeReplaced(
  storage: DraftStorage | null,
  id: string,
  replaced: ReplacedWeighting | null,
): void {
  if (replaced) writeJson(storage, replacedKey(id), replaced);
  else {
    try {
      storage?.removeItem(replacedKey(id));
    } catch {
      // Nothing to clear where storage is unavailable.
    }
  }
}

function readJson(storage: DraftStorage | null, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function writeJson(storage: DraftStorage | null, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Deep equality of two JSON documents, whatever their key order (the database reorders keys). */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) =>
    sameDocument((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
