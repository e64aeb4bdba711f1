import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { t } from '../i18n/base';
import {
  getAt,
  insertAt,
  moveAt,
  type Path,
  removeAt,
  removeKeyAt,
  renameKeyAt,
  setAt,
} from './edits';
import { issueAt, type WorkspaceEditor } from './use-workspace-editor';

/**
 * Inputs bound to one field of the document by its path: each shows the value at the path,
 * writes only that path (through edits.ts) and shows the problem found there, in words.
 */

/** `['offers', 0, 'pay', 'base']` → `offers[0].pay.base`, the path issues are named by. */
export function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

interface Bound {
  editor: WorkspaceEditor;
  path: Path;
  label: string;
  description?: string;
}

const set = (editor: WorkspaceEditor, path: Path, value: unknown) =>
  editor.edit((doc) => setAt(doc, path, value));

const errorAt = (editor: WorkspaceEditor, path: Path) => issueAt(editor.issues, pathText(path));

export function NumberField({
  editor,
  path,
  label,
  description,
  min,
  max,
  integer,
  thousands,
}: Bound & { min?: number; max?: number; integer?: boolean; thousands?: boolean }) {
  const value = getAt(editor.document, path);
  return (
    <NumberInput
      label={label}
      description={description}
      value={typeof value === 'number' ? value : ''}
      min={min}
      max={max}
      allowDecimal={!integer}
      thousandSeparator={thousands ? ' ' : undefined}
      readOnly={editor.readOnly}
      onChange={(v) =>
        set(editor, path, typeof v === 'number' && Number.isFinite(v) ? v : undefined)
      }
      error={errorAt(editor, path)}
    />
  );
}

export function TextField({
  editor,
  path,
  label,
  description,
  required,
  type,
  transform,
}: Bound & {
  /** Required text is kept as typed, even empty, so the field can say it is missing. */
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  transform?: (value: string) => string;
}) {
  const value = getAt(editor.document, path);
  return (
    <TextInput
      label={label}
      description={description}
      type={type}
      value={typeof value === 'string' ? value : ''}
      readOnly={editor.readOnly}
      onChange={(e) => {
        const typed = transform ? transform(e.currentTarget.value) : e.currentTarget.value;
        set(editor, path, typed || required ? typed : undefined);
      }}
      error={errorAt(editor, path)}
    />
  );
}

export function NotesField({ editor, path, label }: Bound) {
  const value = getAt(editor.document, path);
  return (
    <Textarea
      label={label}
      autosize
      minRows={2}
      value={typeof value === 'string' ? value : ''}
      readOnly={editor.readOnly}
      onChange={(e) => set(editor, path, e.currentTarget.value || undefined)}
      error={errorAt(editor, path)}
    />
  );
}

// Choices are native selects: the platform's own picker (a wheel on phones), and no Mantine
// combobox, popover and floating-ui on every form step (about 30 kB gzipped). A viewer sees the
// choice, disabled. "Not said" is the empty choice.
const notSaid = { value: '', label: t.fields.notSaid };

export function SelectField<V extends string>({
  editor,
  path,
  label,
  description,
  options,
  required,
}: Bound & { options: Record<V, string>; required?: boolean }) {
  const value = getAt(editor.document, path);
  const chosen = typeof value === 'string' ? value : '';
  const data = Object.entries<string>(options).map(([v, text]) => ({ value: v, label: text }));
  return (
    <NativeSelect
      label={label}
      description={description}
      data={
        required && chosen ? data : [required ? { ...notSaid, disabled: true } : notSaid, ...data]
      }
      value={chosen}
      disabled={editor.readOnly}
      onChange={(e) => set(editor, path, e.currentTarget.value || undefined)}
      error={errorAt(editor, path)}
    />
  );
}

/** Yes / no / not said: an optional boolean keeps "not said" apart from "no". */
export function YesNoField({ editor, path, label, description }: Bound) {
  const value = getAt(editor.document, path);
  return (
    <NativeSelect
      label={label}
      description={description}
      data={[notSaid, { value: 'yes', label: t.fields.yes }, { value: 'no', label: t.fields.no }]}
      value={value === true ? 'yes' : value === false ? 'no' : ''}
      disabled={editor.readOnly}
      onChange={(e) => {
        const picked = e.currentTarget.value;
        set(editor, path, picked === 'yes' ? true : picked === 'no' ? false : undefined);
      }}
      error={errorAt(editor, path)}
    />
  );
}

/** A required boolean (visa needed): a checkbox, always written. */
export function CheckField({ editor, path, label }: Bound) {
  const value = getAt(editor.document, path);
  return (
    <Checkbox
      label={label}
      checked={value === true}
      readOnly={editor.readOnly}
      onChange={(e) => set(editor, path, e.currentTarget.checked)}
    />
  );
}

/**
 * A list edited as a list: each item in a frame with move up, move down and remove, and an add
 * button. Items are keyed by position (the file's items have no ids); moving re-renders them.
 */
export function ListField({
  editor,
  path,
  label,
  itemLabel,
  addLabel,
  newItem,
  children,
  extraAdds,
}: {
  editor: WorkspaceEditor;
  path: Path;
  label: string;
  itemLabel: (index: number) => string;
  addLabel: string;
  newItem: () => unknown;
  children: (itemPath: Path, index: number) => ReactNode;
  extraAdds?: { label: string; item: () => unknown }[];
}) {
  const list = getAt(editor.document, path);
  const items = Array.isArray(list) ? list : [];
  const listError = issueAt(editor.issues, pathText(path));
  return (
    <Stack gap="sm" data-testid={`list-${pathText(path)}`}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {items.map((_, index) => {
        const name = itemLabel(index);
        return (
          <Paper
            // biome-ignore lint/suspicious/noArrayIndexKey: the file's list items have no ids
            key={index}
            withBorder
            p="sm"
            component="fieldset"
            aria-label={name}
            style={{ margin: 0, minWidth: 0 }}
          >
            <Stack gap="sm">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                {!editor.readOnly && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t.fields.moveUp(name)}
                      disabled={index === 0}
                      onClick={() => editor.edit((doc) => moveAt(doc, path, index, index - 1))}
                    >
                      <span aria-hidden="true">↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t.fields.moveDown(name)}
                      disabled={index === items.length - 1}
                      onClick={() => editor.edit((doc) => moveAt(doc, path, index, index + 1))}
                    >
                      <span aria-hidden="true">↓</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t.fields.remove(name)}
                      onClick={() => editor.edit((doc) => removeAt(doc, path, index))}
                    >
                      <span aria-hidden="true">×</span>
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              {children([...path, index], index)}
              {issueAt(editor.issues, pathText([...path, index])) && (
                <Text size="sm" c="red">
                  {issueAt(editor.issues, pathText([...path, index]))}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      {listError && (
        <Text size="sm" c="red">
          {listError}
        </Text>
      )}
      {!editor.readOnly && (
        <Group gap="sm">
          <Button
            variant="light"
            w="fit-content"
            onClick={() => editor.edit((doc) => insertAt(doc, path, newItem()))}
          >
            {addLabel}
          </Button>
          {extraAdds?.map((extra) => (
            <Button
              key={extra.label}
              variant="light"
              w="fit-content"
              onClick={() => editor.edit((doc) => insertAt(doc, path, extra.item()))}
            >
              {extra.label}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/**
 * A record of amounts by name (relocation items, expected costs, exchange rates): a row per
 * entry with its name, amount and a remove button. A name is renamed when the field is left,
 * keeping the entry's place; a name already used is refused with a message.
 */
export function RecordField({
  editor,
  path,
  label,
  nameLabel,
  amountLabel,
  addLabel,
  newName,
  normaliseName,
  description,
}: {
  editor: WorkspaceEditor;
  path: Path;
  label: string;
  nameLabel: string;
  amountLabel: (name: string) => string;
  addLabel: string;
  /** A name for a new entry not used yet. */
  newName: (taken: readonly string[]) => string;
  normaliseName?: (typed: string) => string;
  description?: string;
}) {
  const record = getAt(editor.document, path);
  const entries =
    record && typeof record === 'object' && !Array.isArray(record)
      ? Object.entries(record as Record<string, unknown>)
      : [];
  const names = entries.map(([name]) => name);
  return (
    <Stack gap="xs" data-testid={`record-${pathText(path)}`}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      {entries.map(([name, amount]) => (
        <Group key={name} align="flex-start" gap="sm" wrap="wrap">
          <RecordName
            label={nameLabel}
            name={name}
            readOnly={editor.readOnly}
            normalise={normaliseName}
            taken={names}
            onRename={(to) => editor.edit((doc) => renameKeyAt(doc, path, name, to))}
          />
          <NumberInput
            label={amountLabel(name)}
            value={typeof amount === 'number' ? amount : ''}
            min={0}
            readOnly={editor.readOnly}
            onChange={(v) =>
              set(
                editor,
                [...path, name],
                typeof v === 'number' && Number.isFinite(v) ? v : undefined,
              )
            }
            error={errorAt(editor, [...path, name])}
            style={{ flex: '1 1 140px' }}
          />
          {!editor.readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t.fields.remove(name)}
              onClick={() => editor.edit((doc) => removeKeyAt(doc, path, name))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          )}
        </Group>
      ))}
      {!editor.readOnly && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => editor.edit((doc) => setAt(doc, [...path, newName(names)], 0))}
        >
          {addLabel}
        </Button>
      )}
    </Stack>
  );
}

function RecordName({
  label,
  name,
  readOnly,
  normalise,
  taken,
  onRename,
}: {
  label: string;
  name: string;
  readOnly: boolean;
  normalise: ((typed: string) => string) | undefined;
  taken: readonly string[];
  onRename: (to: string) => void;
}) {
  const [typed, setTyped] = useState(name);
  const next = normalise ? normalise(typed.trim()) : typed.trim();
  const problem =
    next === name
      ? undefined
      : !next
        ? t.fields.nameEmpty
        : taken.includes(next)
          ? t.fields.nameTaken
          : undefined;
  return (
    <TextInput
      label={label}
      value={typed}
      readOnly={readOnly}
      onChange={(e) => setTyped(e.currentTarget.value)}
      onBlur={() => {
        if (!problem && next !== name) onRename(next);
      }}
      error={problem}
      style={{ flex: '1 1 160px' }}
    />
  );
}
