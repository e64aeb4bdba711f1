import { Fieldset, SimpleGrid } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import type { Path } from '../../../../workspace/edits';
import { NumberField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

/** The user's rating (1–5) or number for each priority that is not computed from pay. */
export function RatingsSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const priorities = editor.document.priorities.filter(
    (p) => p.measure === 'rating' || p.measure === 'number',
  );
  if (priorities.length === 0) return null;
  return (
    <Fieldset legend={t.offers.sections.ratings}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {priorities.map((p) =>
          p.measure === 'rating' ? (
            <NumberField
              key={p.id}
              editor={editor}
              path={[...at, 'ratings', p.id]}
              label={t.offers.ratingFor(p.label)}
              min={1}
              max={5}
            />
          ) : (
            <NumberField
              key={p.id}
              editor={editor}
              path={[...at, 'numbers', p.id]}
              label={t.offers.numberFor(p.label, p.unit ?? null)}
            />
          ),
        )}
      </SimpleGrid>
    </Fieldset>
  );
}
