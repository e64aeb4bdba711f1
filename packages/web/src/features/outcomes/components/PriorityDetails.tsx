import { SimpleGrid, Stack } from '@mantine/core';
import type { Priority } from '@offerwise/core';
import { t } from '../../../i18n/outcomes';
import {
  ListField,
  NotesField,
  NumberField,
  SelectField,
  YesNoField,
} from '../../../workspace/fields';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';

/**
 * The rest of a priority as the file has it: the pay basis, whether it is negotiable, notes,
 * and a value curve through points (raw value → 0–1) for when "linear between worst and best"
 * is not how it feels.
 */
export function PriorityDetails({
  editor,
  priority,
  index,
}: {
  editor: WorkspaceEditor;
  priority: Priority;
  index: number;
}) {
  const at = ['priorities', index] as const;
  const pay = priority.measure.startsWith('pay-');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {pay && (
          <SelectField
            editor={editor}
            path={[...at, 'basis']}
            label={t.priorityDetails.basis}
            options={t.priorityDetails.bases}
          />
        )}
        <YesNoField
          editor={editor}
          path={[...at, 'negotiable']}
          label={t.priorityDetails.negotiable}
        />
      </SimpleGrid>
      {priority.measure !== 'rating' && (
        <ListField
          editor={editor}
          path={[...at, 'valueFunction', 'points']}
          label={t.priorityDetails.curve}
          itemLabel={(i) => t.priorityDetails.pointN(i + 1)}
          addLabel={t.priorityDetails.addPoint}
          newItem={() => [priority.best ?? 0, 1]}
        >
          {(item) => (
            <SimpleGrid cols={2}>
              <NumberField editor={editor} path={[...item, 0]} label={t.priorityDetails.raw} />
              <NumberField
                editor={editor}
                path={[...item, 1]}
                label={t.priorityDetails.value}
                min={0}
                max={1}
              />
            </SimpleGrid>
          )}
        </ListField>
      )}
      <NotesField editor={editor} path={[...at, 'notes']} label={t.editor.notes} />
    </Stack>
  );
}
