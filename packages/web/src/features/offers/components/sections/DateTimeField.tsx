import { TextInput } from '@mantine/core';
import { getAt, type Path, setAt } from '../../../../workspace/edits';
import { pathText } from '../../../../workspace/fields';
import { issueAt, type WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { fromLocalInput, toLocalInput } from '../../hooks/local-time';

/** An instant (deadline, when something happened), typed in the user's own zone. */
export function DateTimeField({
  editor,
  path,
  label,
  required,
}: {
  editor: WorkspaceEditor;
  path: Path;
  label: string;
  required?: boolean;
}) {
  const value = getAt(editor.document, path);
  return (
    <TextInput
      type="datetime-local"
      label={label}
      value={toLocalInput(typeof value === 'string' ? value : undefined)}
      readOnly={editor.readOnly}
      required={required}
      onChange={(e) => {
        const instant = fromLocalInput(e.currentTarget.value);
        editor.edit((doc) => setAt(doc, path, instant));
      }}
      error={issueAt(editor.issues, pathText(path))}
    />
  );
}
