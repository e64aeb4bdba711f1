import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { loadChecksOnInput } from './check';
import { browserStorage } from './draft-store';
import { useEditorState, WorkspaceEditorContext } from './use-workspace-editor';

// A modal brings Mantine's scroll area, focus trap and floating-ui (about 20 kB gzipped): the
// dialog loads the first time a switch needs confirming, then stays mounted so closing it
// animates and returns focus as usual.
const WeightingSwitchDialog = lazy(() =>
  import('./WeightingSwitchDialog').then((module) => ({ default: module.WeightingSwitchDialog })),
);

/** One editor for all steps of a workspace, so a step change never drops what was typed. */
export function WorkspaceEditorProvider({ id, children }: { id: string; children: ReactNode }) {
  const [storage] = useState(browserStorage);
  const editor = useEditorState(id, storage);
  const { readOnly } = editor;
  useEffect(() => (readOnly ? undefined : loadChecksOnInput(window)), [readOnly]);
  const pending = editor.pendingSwitch;
  const [asked, setAsked] = useState(false);
  if (pending && !asked) setAsked(true);
  return (
    <WorkspaceEditorContext.Provider value={editor}>
      {children}
      {(asked || pending) && (
        <Suspense fallback={null}>
          <WeightingSwitchDialog
            pending={pending}
            onCancel={editor.cancelSwitch}
            onConfirm={editor.confirmSwitch}
          />
        </Suspense>
      )}
    </WorkspaceEditorContext.Provider>
  );
}
