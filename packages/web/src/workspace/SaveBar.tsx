import { Alert, Button, Group, Text } from '@mantine/core';
import { IssueList } from '../components/IssueList';
import { t } from '../i18n/base';
import type { WorkspaceEditor } from './use-workspace-editor';

/**
 * The workspace as a YAML file, written in the browser from what is on screen (the draft, if
 * any). The writer (and its YAML library) loads only when asked.
 */
async function download(editor: WorkspaceEditor) {
  const { exportName, exportText } = await import('./export-file');
  const text = exportText(editor.document, 'yaml');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  link.download = exportName(editor.document.title, 'yaml');
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Save status, a button to save at once (edits also save by themselves after a pause), and what
 * to do after a conflict, a refused save, a leftover draft or a replaced weighting.
 */
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
      : saveState.state === 'invalid' && dirty
        ? t.save.keptLocally(new Set(saveState.issues.map((i) => i.path)).size)
        : dirty
          ? t.save.unsaved
          : saveState.state === 'saved'
            ? t.save.saved
            : '';
  const replaced = editor.replaced;
  return (
    <>
      {editor.staleDraft && (
        <Alert color="orange" title={t.save.staleTitle} data-testid="stale-draft">
          <Text size="sm" mb="xs">
            {t.save.stale(new Date(editor.staleDraft.editedAt).toLocaleString())}
          </Text>
          <Group gap="sm">
            <Button onClick={editor.keepStaleDraft}>{t.save.keepStale}</Button>
            <Button variant="default" onClick={editor.discardStaleDraft}>
              {t.save.discardStale}
            </Button>
          </Group>
        </Alert>
      )}
      {replaced && (
        <Alert color="blue" data-testid="replaced-weighting" role="status">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t.weighting.replaced(replaced.weighting.method)}</Text>
            <Button variant="default" size="xs" onClick={editor.restore}>
              {t.weighting.restore(replaced.weighting.method)}
            </Button>
          </Group>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm" mih={36}>
        <Text size="sm" c="dimmed" role="status" data-testid="save-status">
          {status}
        </Text>
        <Button variant="default" onClick={() => void download(editor)}>
          {t.save.download}
        </Button>
        <Button onClick={() => void editor.save()} loading={saveState.state === 'saving'}>
          {t.save.save}
        </Button>
      </Group>
      {saveState.state === 'conflict' && (
        <Alert color="orange" role="alert" title={t.save.conflict}>
          <Group gap="sm">
            <Button variant="default" onClick={() => void editor.reload()}>
              {t.save.reload}
            </Button>
            <Button variant="default" onClick={() => void editor.overwrite()}>
              {t.save.overwrite}
            </Button>
          </Group>
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
