import { SegmentedControl, Stack, Text } from '@mantine/core';
import { type FigurePath, figureSource, hasFigure, type Offer } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path, setAt } from '../../../../workspace/edits';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

const origins = ['written', 'verbal', 'estimate'] as const;

/**
 * Where one typed figure came from (in writing, said on a call, or the person's estimate), kept
 * in `offers[].sources`. A figure that has a value but no origin yet asks for one, because
 * Compare and the guard rails can only warn about promises they know are promises.
 */
export function FigureSourceField({
  editor,
  at,
  figure,
  label,
}: {
  editor: WorkspaceEditor;
  at: Path;
  figure: FigurePath;
  label: string;
}) {
  const offer = getAt(editor.document, at) as Offer | undefined;
  // A draft being typed may not have a pay block yet; there is nothing to say where it is from.
  if (!offer?.pay) return null;
  const origin = figureSource(offer, figure).origin;
  const id = `${at.join('-')}-${figure.replace('.', '-')}-source`;
  const asking = origin === 'unstated' && hasFigure(offer, figure);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        size="xs"
        w="fit-content"
        value={origin === 'unstated' ? '' : origin}
        readOnly={editor.readOnly}
        data={origins.map((o) => ({ value: o, label: t.offers.figureOrigins[o] }))}
        onChange={(source) =>
          // A new origin drops the letter's name and date: they described the old one.
          editor.edit((doc) => setAt(doc, [...at, 'sources', figure], { source }))
        }
      />
      {asking && (
        <Text size="xs" c="dimmed">
          {t.offers.figureSourceAsk}
        </Text>
      )}
    </Stack>
  );
}
