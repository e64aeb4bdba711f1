import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { historyEventTypes } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import type { Path } from '../../../../workspace/edits';
import { ListField, NotesField, SelectField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { DateTimeField } from './DateTimeField';

/**
 * What has happened with this offer, in order. Step 5 records events as you act; here a wrong
 * one can be corrected or a missing one added (the timing step says when the order is off).
 */
export function HistorySection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const types = Object.fromEntries(
    historyEventTypes.map((type) => [type, t.editor.eventTypes[type] ?? type]),
  );
  return (
    <Fieldset legend={t.editor.history}>
      <Text size="sm" c="dimmed" mb="sm">
        {t.editor.historyHow}
      </Text>
      <ListField
        editor={editor}
        path={[...at, 'history']}
        label={t.editor.events}
        itemLabel={(i) => t.editor.eventN(i + 1)}
        addLabel={t.editor.addEvent}
        newItem={() => ({ at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), type: 'note' })}
      >
        {(item) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeField
              editor={editor}
              path={[...item, 'at']}
              label={t.editor.eventAt}
              required
            />
            <SelectField
              editor={editor}
              path={[...item, 'type']}
              label={t.editor.eventType}
              options={types}
              required
            />
            <SelectField
              editor={editor}
              path={[...item, 'channel']}
              label={t.editor.channel}
              options={t.editor.channels}
            />
            <SelectField
              editor={editor}
              path={[...item, 'source']}
              label={t.editor.source}
              options={t.offers.sources}
            />
            <NotesField editor={editor} path={[...item, 'note']} label={t.editor.note} />
          </SimpleGrid>
        )}
      </ListField>
    </Fieldset>
  );
}
