import {
  closestCorners,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Stack } from '@mantine/core';
import { t } from '../../../i18n/outcomes';
import { movePriority } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useWeights } from '../hooks/use-weights';
import { PriorityRow } from './PriorityRow';

/** The priorities in order of importance; dragging (pointer or keyboard) reorders and saves. */
export function PriorityList({ editor }: { editor: WorkspaceEditor }) {
  const priorities = editor.document.priorities;
  const weights = useWeights(editor.document);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const labelOf = (id: string | number) => priorities.find((p) => p.id === id)?.label ?? '';
  const positionOf = (id: string | number) => priorities.findIndex((p) => p.id === id) + 1;

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = priorities.findIndex((p) => p.id === active.id);
    const to = priorities.findIndex((p) => p.id === over.id);
    void editor.commit((doc) => movePriority(doc, from, to));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => t.outcomes.announcePick(labelOf(active.id)),
          onDragOver: ({ active, over }) =>
            over
              ? t.outcomes.announceMove(labelOf(active.id), positionOf(over.id), priorities.length)
              : undefined,
          onDragEnd: ({ active }) => t.outcomes.announceDrop(labelOf(active.id)),
          onDragCancel: ({ active }) => t.outcomes.announceCancel(labelOf(active.id)),
        },
      }}
    >
      <SortableContext items={priorities.map((p) => p.id)} strategy={verticalListSortingStrategy}>
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {priorities.map((priority, index) => (
            <PriorityRow
              key={priority.id}
              editor={editor}
              priority={priority}
              index={index}
              weight={weights[priority.id] ?? { weight: 0, pct: '0 %' }}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
