import { Fieldset, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path, setAt } from '../../../../workspace/edits';
import { ListField, NumberField, TextField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

/** Retirement match (an amount or the employer's formula), days off and other benefits. */
export function BenefitsSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const benefits = [...at, 'pay', 'benefits'];
  const match = getAt(editor.document, [...benefits, 'retirementMatch']);
  const matchKind = match === undefined ? 'none' : typeof match === 'number' ? 'amount' : 'formula';
  const id = `${at.join('-')}-match`;
  return (
    <Fieldset legend={t.offers.sections.benefits}>
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={600} size="sm" id={id}>
            {t.editor.match}
          </Text>
          <SegmentedControl
            aria-labelledby={id}
            w="fit-content"
            value={matchKind}
            readOnly={editor.readOnly}
            data={[
              { value: 'none', label: t.editor.matchNone },
              { value: 'amount', label: t.editor.matchAmount },
              { value: 'formula', label: t.editor.matchFormula },
            ]}
            onChange={(kind) =>
              editor.edit((doc) =>
                setAt(
                  doc,
                  [...benefits, 'retirementMatch'],
                  kind === 'none'
                    ? undefined
                    : kind === 'amount'
                      ? 0
                      : { matchPct: 50, upToPctOfPay: 6 },
                ),
              )
            }
          />
          {matchKind === 'amount' && (
            <NumberField
              editor={editor}
              path={[...benefits, 'retirementMatch']}
              label={t.offers.retirementMatch}
              min={0}
              thousands
            />
          )}
          {matchKind === 'formula' && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberField
                editor={editor}
                path={[...benefits, 'retirementMatch', 'matchPct']}
                label={t.editor.matchPct}
                min={0}
                max={100}
              />
              <NumberField
                editor={editor}
                path={[...benefits, 'retirementMatch', 'upToPctOfPay']}
                label={t.editor.upToPct}
                min={0}
                max={100}
              />
              <NumberField
                editor={editor}
                path={[...benefits, 'retirementMatch', 'contributionPct']}
                label={t.editor.contributionPct}
                min={0}
                max={100}
              />
            </SimpleGrid>
          )}
        </Stack>
        <NumberField
          editor={editor}
          path={[...benefits, 'ptoDays']}
          label={t.offers.ptoDays}
          min={0}
          max={366}
        />
        <ListField
          editor={editor}
          path={[...benefits, 'other']}
          label={t.editor.otherBenefits}
          itemLabel={(i) =>
            String(
              getAt(editor.document, [...benefits, 'other', i, 'label']) ||
                t.editor.benefitN(i + 1),
            )
          }
          addLabel={t.editor.addBenefit}
          newItem={() => ({ label: '', amount: 0 })}
        >
          {(item) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField
                editor={editor}
                path={[...item, 'label']}
                label={t.editor.benefitLabel}
                required
              />
              <NumberField
                editor={editor}
                path={[...item, 'amount']}
                label={t.editor.benefitAmount}
                min={0}
                thousands
              />
            </SimpleGrid>
          )}
        </ListField>
      </Stack>
    </Fieldset>
  );
}
