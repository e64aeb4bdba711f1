import { Fieldset, SimpleGrid } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import type { Path } from '../../../../workspace/edits';
import { NumberField, TextField, YesNoField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { DateTimeField } from './DateTimeField';
import { FigureSourceField } from './FigureSourceField';

/** Dates and how the company runs its process (recruiter, HR, counter-offer window). */
export function ProcessSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const process = [...at, 'process'];
  return (
    <Fieldset legend={t.offers.sections.process}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimeField editor={editor} path={[...at, 'deadline']} label={t.offers.deadline} />
        <DateTimeField editor={editor} path={[...at, 'receivedAt']} label={t.editor.receivedAt} />
        <TextField
          editor={editor}
          path={[...at, 'startDate']}
          label={t.offers.startDate}
          type="date"
        />
        <FigureSourceField
          editor={editor}
          at={at}
          figure="startDate"
          label={t.offers.startDateSource}
        />
        <YesNoField
          editor={editor}
          path={[...process, 'recruiterMediated']}
          label={t.offers.recruiterMediated}
        />
        <YesNoField editor={editor} path={[...process, 'hrManaged']} label={t.editor.hrManaged} />
        <NumberField
          editor={editor}
          path={[...process, 'counterOfferWindowHours']}
          label={t.editor.counterWindow}
          description={t.editor.counterWindowHow}
          min={24}
          max={72}
          integer
        />
      </SimpleGrid>
    </Fieldset>
  );
}
