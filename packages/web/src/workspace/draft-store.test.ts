import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  readDraft,
  readReplaced,
  resumeDraft,
  sameDocument,
  writeDraft,
  writeReplaced,
} from './draft-store';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const draft = {
  baseVersion: 3,
  // Not valid yet (no base salary): kept exactly as typed.
  document: { version: 1, offers: [{ id: 'acme', pay: {} }] },
  editedAt: '2026-12-01T10:00:00.000Z',
};

describe('the browser copy of a draft', () => {
  it('keeps a draft per workspace, as typed, until cleared', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, 'w1', draft)).toBe(true);
    expect(readDraft(storage, 'w1')).toEqual(draft);
    expect(readDraft(storage, 'w2')).toBeNull();
    clearDraft(storage, 'w1');
    expect(readDraft(storage, 'w1')).toBeNull();
  });

  it('says so when the browser refuses to keep it, so the reload guard can step in', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeDraft(full, 'w1', draft)).toBe(false);
    expect(writeDraft(null, 'w1', draft)).toBe(false);
  });

  it('ignores a stored value that is not a draft (another version of the app, a hand edit)', () => {
    const storage = memoryStorage();
    storage.items.set('offerwise:draft:w1', '{"document": 1}');
    expect(readDraft(storage, 'w1')).toBeNull();
    storage.items.set('offerwise:draft:w1', 'not json');
    expect(readDraft(storage, 'w1')).toBeNull();
  });

  it('keeps the replaced weighting apart, and forgets it on request', () => {
    const storage = memoryStorage();
    const replaced = {
      weighting: {
        method: 'ahp' as const,
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      },
      priorityIds: ['pay', 'growth'],
    };
    writeReplaced(storage, 'w1', replaced);
    expect(readReplaced(storage, 'w1')).toEqual(replaced);
    writeReplaced(storage, 'w1', null);
    expect(readReplaced(storage, 'w1')).toBeNull();
  });

  it('compares documents by content, whatever the key order', () => {
    expect(sameDocument({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameDocument({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameDocument({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameDocument({ a: 1 }, { a: '1' })).toBe(false);
  });

  it('resumes a draft made on the stored version, offers one made on an older version', () => {
    const storage = memoryStorage();
    const stored = { version: 3, workspace: { version: 1, offers: [] } };
    writeDraft(storage, 'w1', draft);
    expect(resumeDraft(storage, 'w1', stored)).toEqual({ current: draft.document, stale: null });
    expect(resumeDraft(storage, 'w1', { ...stored, version: 4 })).toEqual({
      current: null,
      stale: draft,
    });
  });

  it('forgets a draft equal to what is stored (its save finished before the copy was cleared)', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'w1', draft);
    expect(resumeDraft(storage, 'w1', { version: 4, workspace: draft.document })).toEqual({
      current: null,
      stale: null,
    });
    expect(readDraft(storage, 'w1')).toBeNull();
  });
});
