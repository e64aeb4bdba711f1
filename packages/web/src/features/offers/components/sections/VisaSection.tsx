import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { visaRoutes } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path } from '../../../../workspace/edits';
import { CheckField, NumberField, SelectField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

/** Whether a visa is needed, the route, sponsorship (in writing or verbal) and its timeline. */
export function VisaSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const visa = [...at, 'visa'];
  const route = getAt(editor.document, [...visa, 'route']);
  const routes: Record<string, string> = Object.fromEntries(
    visaRoutes.map((r) => [r.route, r.label]),
  );
  // A route written in the file that we have no data for stays selectable, as written.
  if (typeof route === 'string' && !(route in routes)) routes[route] = route;
  return (
    <Fieldset legend={t.offers.sections.visa}>
      <Stack gap="sm">
        <CheckField editor={editor} path={[...visa, 'required']} label={t.offers.visaRequired} />
        {getAt(editor.document, visa) !== undefined && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField
              editor={editor}
              path={[...visa, 'route']}
              label={t.editor.visaRoute}
              options={routes}
            />
            <SelectField
              editor={editor}
              path={[...visa, 'sponsorship']}
              label={t.offers.visaSponsorship}
              options={t.offers.visaSponsorshipOptions}
            />
            <NumberField
              editor={editor}
              path={[...visa, 'processingWeeks']}
              label={t.editor.visaTimeline}
              description={t.editor.visaTimelineHow}
              min={0}
              max={104}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
