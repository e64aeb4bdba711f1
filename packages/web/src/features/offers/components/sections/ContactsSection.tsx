import { Fieldset, SimpleGrid } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path } from '../../../../workspace/edits';
import { ListField, SelectField, TextField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

/** The people at the company, in the order the user wants them (the first one is greeted). */
export function ContactsSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const contacts = [...at, 'contacts'];
  return (
    <Fieldset legend={t.offers.sections.contacts}>
      <ListField
        editor={editor}
        path={contacts}
        label={t.editor.people}
        itemLabel={(i) =>
          String(getAt(editor.document, [...contacts, i, 'name']) || t.editor.contactN(i + 1))
        }
        addLabel={t.offers.addContact}
        newItem={() => ({ name: '', role: 'recruiter' })}
      >
        {(item) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField
              editor={editor}
              path={[...item, 'name']}
              label={t.offers.contactName}
              required
            />
            <SelectField
              editor={editor}
              path={[...item, 'role']}
              label={t.offers.contactRole}
              options={t.offers.contactRoles}
              required
            />
            <TextField
              editor={editor}
              path={[...item, 'email']}
              label={t.offers.contactEmail}
              type="email"
            />
            <TextField
              editor={editor}
              path={[...item, 'phone']}
              label={t.editor.phone}
              type="tel"
            />
            <SelectField
              editor={editor}
              path={[...item, 'rapport']}
              label={t.editor.rapport}
              options={t.editor.rapports}
            />
          </SimpleGrid>
        )}
      </ListField>
    </Fieldset>
  );
}
