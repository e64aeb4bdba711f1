import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { t } from '../i18n';
import { browserStorage } from './draft-store';
import { useEditorState, WorkspaceEditorContext } from './use-workspace-editor';

/** One editor for all steps of a workspace, so a step change never drops what was typed. */
export function WorkspaceEditorProvider({ id, children }: { id: string; children: ReactNode }) {
  const [storage] = useState(browserStorage);
  const editor = useEditorState(id, storage);
  const pending = editor.pendingSwitch;
  return (
    <WorkspaceEditorContext.Provider value={editor}>
      {children}
      <Modal
        opened={pending !== null}
        onClose={editor.cancelSwitch}
        title={pending ? t.weighting.confirmTitle(pending.method) : ''}
      >
        {pending && (
          <Stack gap="md">
            <Text>
              {t.weighting.confirmBody(pending.replaces.weighting.method, pending.method)}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={editor.cancelSwitch} data-autofocus>
                {t.weighting.keep(pending.replaces.weighting.method)}
              </Button>
              <Button onClick={editor.confirmSwitch}>{t.weighting.confirm}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </WorkspaceEditorContext.Provider>
  );
}
