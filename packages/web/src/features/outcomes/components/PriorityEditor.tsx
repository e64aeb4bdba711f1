import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type Priority, priorityMeasures } from '@offerwise/core';
import { t } from '../../../i18n/outcomes';
import { removePriority, updatePriority } from '../../../workspace/edits';
import { issueAt, type WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { defaultLimit } from '../hooks/limit-text';
import { PriorityDetails } from './PriorityDetails';
import { ValueCurve } from './ValueCurve';

const numberOrUndefined = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function PriorityEditor({
  editor,
  priority,
  index,
}: {
  editor: WorkspaceEditor;
  priority: Priority;
  index: number;
}) {
  const at = (field: string) => issueAt(editor.issues, `priorities[${index}]${field}`);
  const change = (next: Partial<Priority>) =>
    editor.edit((doc) => {
      const merged = { ...priority, ...next } as Priority;
      // Optional fields set back to undefined are dropped, so the document stays minimal.
      for (const key of Object.keys(merged) as (keyof Priority)[])
        if (merged[key] === undefined) delete merged[key];
      return updatePriority(doc, priority.id, merged);
    });
  const limit = priority.nonNegotiable;
  const limitKind = limit && 'max' in limit ? 'max' : 'min';
  const limitValue = limit ? ('min' in limit ? limit.min : limit.max) : undefined;

  return (
    <Stack gap="sm" pt="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t.outcomes.label}
          value={priority.label}
          onChange={(e) => change({ label: e.currentTarget.value })}
          error={at('.label')}
        />
        <NativeSelect
          label={t.outcomes.measure}
          data={priorityMeasures.map((m) => ({ value: m, label: t.outcomes.measures[m] ?? m }))}
          value={priority.measure}
          onChange={(e) => change({ measure: e.currentTarget.value as Priority['measure'] })}
          error={at('.measure')}
        />
        {priority.measure === 'number' && (
          <TextInput
            label={t.outcomes.unit}
            value={priority.unit ?? ''}
            onChange={(e) => change({ unit: e.currentTarget.value || undefined })}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <NumberInput
          label={t.outcomes.worst}
          value={priority.worst ?? ''}
          onChange={(v) => change({ worst: numberOrUndefined(v) })}
          error={at('.worst') ?? at('')}
          thousandSeparator=" "
        />
        <NumberInput
          label={t.outcomes.best}
          value={priority.best ?? ''}
          onChange={(v) => change({ best: numberOrUndefined(v) })}
          error={at('.best')}
          thousandSeparator=" "
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t.outcomes.scaleHow}
      </Text>
      <ValueCurve priority={priority} />
      <Checkbox
        label={t.outcomes.nonNegotiable}
        checked={limit !== undefined}
        onChange={(e) =>
          change({
            nonNegotiable: e.currentTarget.checked ? defaultLimit(priority) : undefined,
          })
        }
      />
      {limit && (
        <SimpleGrid cols={2}>
          <NativeSelect
            label={t.outcomes.nonNegotiableKind}
            data={[
              { value: 'min', label: t.outcomes.atLeast },
              { value: 'max', label: t.outcomes.atMost },
            ]}
            value={limitKind}
            onChange={(e) =>
              change({
                nonNegotiable:
                  e.currentTarget.value === 'max'
                    ? { max: limitValue ?? 0 }
                    : { min: limitValue ?? 0 },
              })
            }
          />
          <NumberInput
            label={t.outcomes.threshold}
            value={limitValue ?? ''}
            thousandSeparator=" "
            error={at('.nonNegotiable.min') ?? at('.nonNegotiable.max') ?? at('.nonNegotiable')}
            onChange={(v) => {
              const n = numberOrUndefined(v) ?? 0;
              change({ nonNegotiable: limitKind === 'max' ? { max: n } : { min: n } });
            }}
          />
        </SimpleGrid>
      )}
      <PriorityDetails editor={editor} priority={priority} index={index} />
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          disabled={editor.document.priorities.length <= 1}
          onClick={() => void editor.commit((doc) => removePriority(doc, priority.id))}
        >
          {t.outcomes.remove(priority.label)}
        </Button>
      </Group>
    </Stack>
  );
}
