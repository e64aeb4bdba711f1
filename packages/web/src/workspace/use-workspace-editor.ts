import { type InputIssue, validateWorkspace, type Workspace } from '@offerwise/core';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { workspaceKeys, workspaceQuery } from '../api/queries';
import { updateWorkspace, type WorkspaceRecord } from '../api/workspaces';

export type SaveState =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'invalid'; issues: InputIssue[] }
  | { state: 'conflict' }
  | { state: 'failed'; message: string };

/**
 * One workspace being edited: the stored record, a local draft the step edits, the draft's
 * issues (core's schema and rules, named by path) and `save`, which writes a document over the
 * version it was based on. A version changed elsewhere is reported and nothing is overwritten.
 */
export function useWorkspaceEditor(id: string) {
  const client = useQueryClient();
  const { data: record } = useSuspenseQuery(workspaceQuery(id));
  const [draft, setDraft] = useState<Workspace | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  const pending = useRef<Workspace | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const document = draft ?? record.workspace;
  const latest = useRef(document);
  latest.current = document;
  const validation = useMemo(() => validateWorkspace(document), [document]);
  const issues = validation.ok ? [] : validation.issues;

  const write = useCallback(
    async (next: Workspace): Promise<boolean> => {
      const checked = validateWorkspace(next);
      if (!checked.ok) {
        setSaveState({ state: 'invalid', issues: checked.issues });
        return false;
      }
      const base = client.getQueryData<WorkspaceRecord>(workspaceKeys.one(id));
      if (!base || base.access === 'viewer') return false;
      setSaveState({ state: 'saving' });
      const result = await updateWorkspace(id, base.version, checked.value);
      if (result.ok) {
        client.setQueryData(workspaceKeys.one(id), result.value);
        void client.invalidateQueries({ queryKey: workspaceKeys.list() });
        // Keep edits made during the save; drop the draft only if it is what was saved.
        setDraft((current) => (current === next ? null : current));
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
      pending.current = next ?? latest.current;
      if (!running.current) {
        running.current = (async () => {
          let ok = false;
          for (let doc = pending.current; doc; doc = pending.current) {
            pending.current = null;
            ok = await write(doc);
          }
          running.current = null;
          return ok;
        })();
      }
      return running.current;
    },
    [write],
  );

  /** Drops local edits and loads what is stored now (after a conflict). */
  const reload = useCallback(async () => {
    setDraft(null);
    setSaveState({ state: 'idle' });
    await client.invalidateQueries({ queryKey: workspaceKeys.one(id) });
  }, [client, id]);

  // Edits apply to the latest document, even several within one event (a slider's keyboard
  // step fires its change and its change-end together), so none is computed from a stale one.
  const edit = useCallback((change: (current: Workspace) => Workspace) => {
    const next = change(latest.current);
    latest.current = next;
    setSaveState((s) => (s.state === 'saved' ? { state: 'idle' } : s));
    setDraft(next);
    return next;
  }, []);

  /** Applies a change and saves it at once (a drop, a released slider). */
  const commit = useCallback(
    (change: (current: Workspace) => Workspace) => save(edit(change)),
    [edit, save],
  );

  // A coach reading a shared workspace may try things out on screen; nothing is saved.
  const readOnly = record.access === 'viewer';

  return {
    record,
    document,
    dirty: draft !== null,
    issues,
    edit,
    commit,
    save,
    reload,
    saveState,
    readOnly,
  };
}

export type WorkspaceEditor = ReturnType<typeof useWorkspaceEditor>;

/** The first issue at a path (e.g. `offers[0].pay.base`), for showing under its field. */
export function issueAt(issues: readonly InputIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}
