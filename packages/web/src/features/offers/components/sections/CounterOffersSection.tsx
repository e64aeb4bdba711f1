import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path } from '../../../../workspace/edits';
import {
  ListField,
  NotesField,
  NumberField,
  SelectField,
  TextField,
} from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { DateTimeField } from './DateTimeField';

/**
 * New terms from the employer, each with its date and source. A term left empty keeps the
 * offer's own; pay terms this form does not show (sign-ons, equity) stay as the file has them.
 */
export function CounterOffersSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  return (
    <Fieldset legend={t.editor.counterOffers}>
      <Text size="sm" c="dimmed" mb="sm">
        {t.editor.counterOffersHow}
      </Text>
      <ListField
        editor={editor}
        path={[...at, 'counterOffers']}
        label={t.editor.counterOffers}
        itemLabel={(i) => t.editor.counterN(i + 1)}
        addLabel={t.editor.addCounter}
        newItem={() => ({
          at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          source: 'verbal',
        })}
      >
        {(item) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeField
              editor={editor}
              path={[...item, 'at']}
              label={t.editor.counterAt}
              required
            />
            <SelectField
              editor={editor}
              path={[...item, 'source']}
              label={t.editor.source}
              options={t.offers.sources}
              required
            />
            <SelectField
              editor={editor}
              path={[...item, 'channel']}
              label={t.editor.channel}
              options={t.editor.channels}
            />
            <NumberField
              editor={editor}
              path={[...item, 'pay', 'base']}
              label={t.editor.counterBase}
              min={0}
              thousands
            />
            <NumberField
              editor={editor}
              path={[...item, 'pay', 'raisePct']}
              label={t.offers.raisePct}
              min={-50}
              max={100}
            />
            {!(
              'amount' in ((getAt(editor.document, [...item, 'pay', 'bonus']) as object) ?? {})
            ) && (
              <NumberField
                editor={editor}
                path={[...item, 'pay', 'bonus', 'targetPct']}
                label={t.offers.bonusPct}
                min={0}
                max={100}
              />
            )}
            <TextField
              editor={editor}
              path={[...item, 'startDate']}
              label={t.offers.startDate}
              type="date"
            />
            {editor.document.priorities
              .filter((p) => p.measure === 'rating' || p.measure === 'number')
              .map((p) => (
                <NumberField
                  key={p.id}
                  editor={editor}
                  path={[...item, p.measure === 'rating' ? 'ratings' : 'numbers', p.id]}
                  label={
                    p.measure === 'rating'
                      ? t.offers.ratingFor(p.label)
                      : t.offers.numberFor(p.label, p.unit ?? null)
                  }
                  {...(p.measure === 'rating' ? { min: 1, max: 5 } : {})}
                />
              ))}
            <NotesField editor={editor} path={[...item, 'note']} label={t.editor.note} />
          </SimpleGrid>
        )}
      </ListField>
    </Fieldset>
  );
}
