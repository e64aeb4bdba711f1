import type { InputIssue, Weighting, Workspace } from '@offerwise/core';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { workspaceKeys, workspaceQuery } from '../api/queries';
import { updateWorkspace, type WorkspaceRecord } from '../api/workspaces';
import {
  checksLoaded,
  checkWorkspace,
  checkWorkspaceLoaded,
  onChecksLoaded,
  shownUnchecked,
  trustStored,
} from './check';
import {
  clearDraft,
  type DraftStorage,
  type LocalDraft,
  readReplaced,
  resumeDraft,
  writeDraft,
  writeReplaced,
} from './draft-store';
import {
  canRestore,
  type ReplacedWeighting,
  replacedBy,
  restoreWeighting,
  setWeightingMethod,
} from './edits';
import { humanIssue } from './human-issues';

export type SaveState =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'invalid'; issues: InputIssue[] }
  | { state: 'conflict' }
  | { state: 'failed'; message: string };

/** A pause in typing this long saves the draft (when it is valid). */
export const AUTOSAVE_AFTER_MS = 800;

/** A switch of weighting method waiting for the user's yes, with what to do after it. */
export interface PendingSwitch {
  method: Weighting['method'];
  replaces: ReplacedWeighting;
  then?: (document: Workspace) => Workspace;
}

/**
 * One workspace being edited, shared by every step of it (so moving between steps loses
 * nothing): the stored record, the draft being typed, its issues, and saves. The draft is kept
 * in the browser's storage on every edit and saved to the server after a pause once it is valid;
 * one that is not valid yet stays in the browser with its problems shown on the fields and comes
 * back after a reload. A version changed elsewhere is reported and nothing is overwritten
 * unless the user says so. See docs/decisions/0012-web-drafts.md.
 */
export function useEditorState(id: string, storage: DraftStorage | null) {
  const client = useQueryClient();
  const { data: record } = useSuspenseQuery(workspaceQuery(id));
  trustStored(record.workspace);
  const [initial] = useState(() => resumeDraft(storage, id, record));
  const [draft, setDraft] = useState<Workspace | null>(initial.current);
  // The version the draft was edited from: saves are based on it, never on a newer one fetched
  // in the background, which would silently overwrite another tab's change.
  const [baseVersion, setBaseVersion] = useState(record.version);
  const [stale, setStale] = useState<LocalDraft | null>(initial.stale);
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  const [kept, setKept] = useState(true);
  const [replaced, setReplaced] = useState<ReplacedWeighting | null>(() =>
    readReplaced(storage, id),
  );
  const [pendingSwitch, setPendingSwitch] = useState<PendingSwitch | null>(null);
  const pending = useRef<Workspace | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const base = useRef(baseVersion);
  base.current = baseVersion;
  const document = draft ?? record.workspace;
  const latest = useRef(document);
  latest.current = document;
  const ready = useSyncExternalStore(onChecksLoaded, checksLoaded, checksLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again once the checks load
  const validation = useMemo(() => checkWorkspace(document), [document, ready]);
  const issues = validation && !validation.ok ? validation.issues : [];
  const readOnly = record.access === 'viewer';

  // A draft shown before the checks had loaded is handed out again, as a new object, once they
  // have: everything the steps computed from it is computed again, checked this time.
  useEffect(() => {
    if (!ready || !shownUnchecked(latest.current)) return;
    const again = { ...latest.current };
    latest.current = again;
    setDraft(again);
  }, [ready]);

  // A draft is kept while there is one; storage that refuses it turns on the reload guard.
  useEffect(() => {
    if (readOnly) return;
    if (draft === null) {
      clearDraft(storage, id);
      setKept(true);
    } else {
      setKept(
        writeDraft(storage, id, {
          baseVersion,
          document: draft,
          editedAt: new Date().toISOString(),
        }),
      );
    }
  }, [draft, baseVersion, storage, id, readOnly]);

  useEffect(() => writeReplaced(storage, id, replaced), [replaced, storage, id]);

  const write = useCallback(
    async (next: Workspace): Promise<boolean> => {
      const checked = await checkWorkspaceLoaded(next).catch((error: unknown) => {
        setSaveState({ state: 'failed', message: String(error) });
        return null;
      });
      if (!checked) return false;
      if (!checked.ok) {
        setSaveState({ state: 'invalid', issues: checked.issues });
        return false;
      }
      const current = client.getQueryData<WorkspaceRecord>(workspaceKeys.one(id));
      if (!current || current.access === 'viewer') return false;
      setSaveState({ state: 'saving' });
      const result = await updateWorkspace(id, base.current, checked.value);
      if (result.ok) {
        client.setQueryData(workspaceKeys.one(id), result.value);
        void client.invalidateQueries({ queryKey: workspaceKeys.list() });
        base.current = result.value.version;
        setBaseVersion(result.value.version);
        // Keep edits made during the save; drop the draft only if it is what was saved.
        setDraft((now) => (now === next ? null : now));
        setSaveState({ state: 'saved' });
        return true;
      }
      if (result.kind === 'conflict') setSaveState({ state: 'conflict' });
      else if (result.kind === 'invalid') setSaveState({ state: 'invalid', issues: result.issues });
      else setSaveState({ state: 'failed', message: result.message });
      return false;
    },
    [client, id],
  );

  // Saves are coalesced: while one is in flight, only the newest document waits, so ten quick
  // slider steps cost two writes, not ten, and each write is based on the previous one's version.
  const save = useCallback(
    (next?: Workspace): Promise<boolean> => {
      if (readOnly) return Promise.resolve(false);
      const doc = next ?? (draft === null && !running.current ? null : latest.current);
      if (doc === null) {
        setSaveState({ state: 'saved' });
        return Promise.resolve(true);
      }
      pending.current = doc;
      if (!running.current) {
        running.current = (async () => {
          let ok = false;
          for (let item = pending.current; item; item = pending.current) {
            pending.current = null;
            ok = await write(item);
          }
          running.current = null;
          return ok;
        })();
      }
      return running.current;
    },
    [write, draft, readOnly],
  );

  // Autosave after a pause. A draft that is not valid yet waits in the browser, its problems
  // shown on the fields; a conflict waits for the user's choice.
  useEffect(() => {
    if (draft === null || readOnly || saveState.state === 'conflict') return;
    const timer = setTimeout(async () => {
      const checked = await checkWorkspaceLoaded(draft).catch(() => null);
      // Edited meanwhile: the next pause saves that. Checks that did not load: the draft stays
      // in the browser, and the next save reports why.
      if (latest.current !== draft || !checked) return;
      if (checked.ok) void save(draft);
      else setSaveState({ state: 'invalid', issues: checked.issues });
    }, AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, readOnly, save, saveState.state]);

  // Leaving the workspace saves what is pending; the browser's copy covers a save that fails.
  const unmountSave = useRef(save);
  unmountSave.current = save;
  const hasDraft = useRef(false);
  hasDraft.current = draft !== null;
  useEffect(
    () => () => {
      if (!hasDraft.current) return;
      const leaving = latest.current;
      // The draft stays in the browser if the checks cannot load.
      void checkWorkspaceLoaded(leaving)
        .then((checked) => {
          if (checked.ok) void unmountSave.current(leaving);
        })
        .catch(() => undefined);
    },
    [],
  );

  // Only when the browser could not keep the draft does a reload risk it: then ask first.
  useEffect(() => {
    if (draft === null || kept) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [draft, kept]);

  /** Drops local edits and loads what is stored now (after a conflict). */
  const reload = useCallback(async () => {
    setDraft(null);
    setSaveState({ state: 'idle' });
    await client.invalidateQueries({ queryKey: workspaceKeys.one(id) });
    const fresh = client.getQueryData<WorkspaceRecord>(workspaceKeys.one(id));
    if (fresh) setBaseVersion(fresh.version);
  }, [client, id]);

  /** After a conflict: my draft replaces what is stored now, on purpose. */
  const overwrite = useCallback(async () => {
    await client.invalidateQueries({ queryKey: workspaceKeys.one(id) });
    const fresh = client.getQueryData<WorkspaceRecord>(workspaceKeys.one(id));
    if (!fresh) return false;
    base.current = fresh.version;
    setBaseVersion(fresh.version);
    setSaveState({ state: 'idle' });
    return save(latest.current);
  }, [client, id, save]);

  // Edits apply to the latest document, even several within one event (a slider's keyboard
  // step fires its change and its change-end together), so none is computed from a stale one.
  const edit = useCallback((change: (current: Workspace) => Workspace) => {
    const next = change(latest.current);
    if (next === latest.current) return next;
    latest.current = next;
    setSaveState((s) => (s.state === 'saved' || s.state === 'invalid' ? { state: 'idle' } : s));
    setDraft(next);
    return next;
  }, []);

  /** Applies a change and saves it at once (a drop, a released slider). */
  const commit = useCallback(
    (change: (current: Workspace) => Workspace) => save(edit(change)),
    [edit, save],
  );

  /**
   * Switches the weighting method; when that would replace the user's own weights or pairwise
   * judgments, asks first (see `pendingSwitch`) and keeps the replaced ones for `restore`.
   * `then` is applied after the switch (a slider's new weight).
   */
  const switchWeighting = useCallback(
    (method: Weighting['method'], then?: (document: Workspace) => Workspace) => {
      const replaces = replacedBy(latest.current, method);
      if (replaces) {
        setPendingSwitch({ method, replaces, ...(then ? { then } : {}) });
        return;
      }
      void commit((doc) => {
        const switched = setWeightingMethod(doc, method);
        return then ? then(switched) : switched;
      });
    },
    [commit],
  );

  const confirmSwitch = useCallback(() => {
    const chosen = pendingSwitch;
    setPendingSwitch(null);
    if (!chosen) return;
    setReplaced(chosen.replaces);
    void commit((doc) => {
      const switched = setWeightingMethod(doc, chosen.method);
      return chosen.then ? chosen.then(switched) : switched;
    });
  }, [pendingSwitch, commit]);

  const restore = useCallback(() => {
    const saved = replaced;
    if (!saved) return;
    const now = latest.current.weighting;
    void commit((doc) => restoreWeighting(doc, saved));
    // What the restore replaced can be restored in turn, so restoring is never a loss either.
    setReplaced(
      now && now.method !== 'rank'
        ? { weighting: now, priorityIds: latest.current.priorities.map((p) => p.id) }
        : null,
    );
  }, [replaced, commit]);

  return {
    record,
    document,
    dirty: draft !== null,
    issues,
    edit,
    commit,
    save,
    reload,
    overwrite,
    saveState,
    readOnly,
    /** A draft left in this browser from an older version than the one stored now. */
    staleDraft: stale,
    keepStaleDraft: () => {
      if (stale) setDraft(stale.document as Workspace);
      setStale(null);
    },
    discardStaleDraft: () => {
      setStale(null);
      clearDraft(storage, id);
    },
    switchWeighting,
    pendingSwitch,
    confirmSwitch,
    cancelSwitch: () => setPendingSwitch(null),
    /** The weighting a switch replaced, while it still fits the priorities. */
    replaced: replaced && canRestore(document, replaced) ? replaced : null,
    restore,
  };
}

export type WorkspaceEditor = ReturnType<typeof useEditorState>;

export const WorkspaceEditorContext = createContext<WorkspaceEditor | null>(null);

/** The editor of the open workspace (provided once for all its steps by WorkspaceRoutes). */
export function useWorkspaceEditor(_id: string): WorkspaceEditor {
  const editor = useContext(WorkspaceEditorContext);
  if (!editor) throw new Error('useWorkspaceEditor needs a WorkspaceEditorProvider');
  return editor;
}

/** The first issue at a path (e.g. `offers[0].pay.base`), in words, for showing under its field. */
export function issueAt(issues: readonly InputIssue[], path: string): string | undefined {
  const issue = issues.find((i) => i.path === path);
  return issue ? humanIssue(issue) : undefined;
}
