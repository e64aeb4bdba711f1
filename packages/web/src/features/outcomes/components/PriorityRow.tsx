import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Button, Group, Paper, Slider, Stack, Text } from '@mantine/core';
import type { Priority } from '@offerwise/core';
import { lazy, Suspense, useState } from 'react';
import { t } from '../../../i18n/outcomes';
import { setWeight } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { limitText } from '../hooks/limit-text';

// The editor (number inputs, the measure picker, the value curve: about 15 kB gzipped) loads
// when a priority is opened for editing, not with the step.
const PriorityEditor = lazy(() =>
  import('./PriorityEditor').then((module) => ({ default: module.PriorityEditor })),
);

interface Props {
  editor: WorkspaceEditor;
  priority: Priority;
  index: number;
  weight: { weight: number; pct: string };
}

export function PriorityRow({ editor, priority, index, weight }: Props) {
  const [open, setOpen] = useState(false);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: priority.id });
  const weighting = editor.document.weighting;
  const ownWeight = weighting?.method === 'direct' ? (weighting.weights[priority.id] ?? 0) : null;
  const limit = priority.nonNegotiable;
  const editorId = `priority-editor-${priority.id}`;

  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        zIndex: isDragging ? 2 : 'auto',
        position: 'relative',
      }}
      data-testid={`priority-${priority.id}`}
    >
      <Paper withBorder p="sm" shadow={isDragging ? 'md' : undefined}>
        <Stack gap="xs">
          <Group wrap="nowrap" gap="sm" align="center">
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              size="lg"
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
              aria-label={t.outcomes.dragHandle(priority.label)}
            >
              <span aria-hidden="true">⠿</span>
            </ActionIcon>
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Text fw={600} truncate>
                {index + 1}. {priority.label}
              </Text>
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t.outcomes.weight(weight.pct)}
                </Text>
                {limit && (
                  <Badge color="red" variant="light" tt="none">
                    {t.outcomes.nonNegotiableBadge(
                      limitText(priority, editor.document.profile.homeCurrency) ?? '',
                    )}
                  </Badge>
                )}
              </Group>
            </Stack>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={editorId}
              aria-label={
                open ? t.outcomes.doneEditing(priority.label) : t.outcomes.edit(priority.label)
              }
            >
              {open ? t.outcomes.done : t.outcomes.editShort}
            </Button>
          </Group>
          {ownWeight !== null && (
            <Slider
              min={0}
              max={100}
              step={1}
              value={ownWeight}
              thumbLabel={t.outcomes.weightSlider(priority.label)}
              onChange={(value) => editor.edit((doc) => setWeight(doc, priority.id, value))}
              onChangeEnd={() => void editor.save()}
              // The share of the score, as the grid and the row show it, not the raw position.
              label={() => weight.pct}
            />
          )}
          {open && !isDragging && (
            <div id={editorId}>
              <Suspense fallback={null}>
                <PriorityEditor editor={editor} priority={priority} index={index} />
              </Suspense>
            </div>
          )}
        </Stack>
      </Paper>
    </li>
  );
}
