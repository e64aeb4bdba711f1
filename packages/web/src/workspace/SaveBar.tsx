import { Alert, Button, Group, Text } from '@mantine/core';
import { IssueList } from '../components/IssueList';
import { t } from '../i18n';
import type { WorkspaceEditor } from './use-workspace-editor';

/** Save status, the save button, and what to do after a conflict or a refused save. */
export function SaveBar({ editor }: { editor: WorkspaceEditor }) {
  const { saveState, dirty } = editor;
  if (editor.readOnly) {
    return (
      <Alert color="gray" data-testid="read-only">
        {t.save.readOnly}
      </Alert>
    );
  }
  const status =
    saveState.state === 'saving'
      ? t.save.saving
      : dirty
        ? t.save.unsaved
        : saveState.state === 'saved'
          ? t.save.saved
          : '';
  return (
    <>
      <Group justify="flex-end" gap="sm" mih={36}>
        <Text size="sm" c="dimmed" role="status">
          {status}
        </Text>
        <Button
          onClick={() => void editor.save()}
          disabled={!dirty}
          loading={saveState.state === 'saving'}
        >
          {t.save.save}
        </Button>
      </Group>
      {saveState.state === 'conflict' && (
        <Alert color="orange" role="alert" title={t.save.conflict}>
          <Button variant="default" onClick={() => void editor.reload()}>
            {t.save.reload}
          </Button>
        </Alert>
      )}
      {saveState.state === 'invalid' && (
        <IssueList title={t.save.invalid} issues={saveState.issues} />
      )}
      {saveState.state === 'failed' && (
        <Alert color="red" role="alert">
          {t.save.failed(saveState.message)}
        </Alert>
      )}
    </>
  );
}
