import { Fieldset, SimpleGrid } from '@mantine/core';
import { offerStatuses } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import type { Path } from '../../../../workspace/edits';
import { NotesField, SelectField, TextField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

const upper = (text: string) => text.toUpperCase();

/** Who, what and where: company, role, place, work mode, currency, status and notes. */
export function RoleSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const statuses = Object.fromEntries(offerStatuses.map((s) => [s, t.home.status[s] ?? s]));
  return (
    <Fieldset legend={t.offers.sections.role}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField editor={editor} path={[...at, 'company']} label={t.offers.company} required />
        <TextField editor={editor} path={[...at, 'role']} label={t.offers.role} required />
        <TextField
          editor={editor}
          path={[...at, 'location', 'country']}
          label={t.offers.country}
          transform={upper}
          required
        />
        <TextField editor={editor} path={[...at, 'location', 'city']} label={t.offers.city} />
        <TextField
          editor={editor}
          path={[...at, 'location', 'region']}
          label={t.profile.region}
          description={t.profile.regionHow}
          transform={upper}
        />
        <SelectField
          editor={editor}
          path={[...at, 'workMode']}
          label={t.offers.workMode}
          options={t.offers.workModes}
        />
        <TextField
          editor={editor}
          path={[...at, 'currency']}
          label={t.offers.currency}
          transform={upper}
          required
        />
        <SelectField
          editor={editor}
          path={[...at, 'status']}
          label={t.offers.status}
          options={statuses}
        />
      </SimpleGrid>
      <NotesField editor={editor} path={[...at, 'notes']} label={t.editor.notes} />
    </Fieldset>
  );
}
