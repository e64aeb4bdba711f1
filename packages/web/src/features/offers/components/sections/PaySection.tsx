import { Fieldset, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Offer } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path, setAt } from '../../../../workspace/edits';
import { ListField, NumberField, SelectField, YesNoField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { FigureSourceField } from './FigureSourceField';

type Bonus = NonNullable<Offer['pay']['bonus']>;

/** Base and where it comes from, raise, bonus (a % of base or an amount), sign-ons, and sources. */
export function PaySection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const pay = [...at, 'pay'];
  const bonus = getAt(editor.document, [...pay, 'bonus']) as Bonus | undefined;
  const bonusKind = !bonus ? 'none' : 'amount' in bonus ? 'amount' : 'targetPct';
  return (
    <Fieldset legend={t.offers.sections.pay}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            editor={editor}
            path={[...pay, 'base']}
            label={t.offers.base}
            min={0}
            thousands
          />
          <FigureSourceField
            editor={editor}
            at={at}
            figure="pay.base"
            label={t.offers.baseSource}
          />
          <NumberField
            editor={editor}
            path={[...pay, 'raisePct']}
            label={t.offers.raisePct}
            min={-50}
            max={100}
          />
          <SelectField
            editor={editor}
            path={[...pay, 'source']}
            label={t.offers.paySource}
            options={t.offers.sources}
          />
          <NumberField
            editor={editor}
            path={[...at, 'tax', 'effectiveRatePct']}
            label={t.editor.effectiveRate}
            description={t.editor.effectiveRateHow}
            min={0}
            max={100}
          />
          <YesNoField editor={editor} path={[...at, 'tax', 'ruling30']} label={t.editor.ruling30} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text fw={600} size="sm" id={`${at.join('-')}-bonus`}>
            {t.editor.bonus}
          </Text>
          <SegmentedControl
            aria-labelledby={`${at.join('-')}-bonus`}
            w="fit-content"
            value={bonusKind}
            readOnly={editor.readOnly}
            data={[
              { value: 'none', label: t.editor.bonusNone },
              { value: 'targetPct', label: t.editor.bonusPct },
              { value: 'amount', label: t.editor.bonusAmount },
            ]}
            onChange={(kind) =>
              editor.edit((doc) =>
                setAt(
                  doc,
                  [...pay, 'bonus'],
                  kind === 'none'
                    ? undefined
                    : // Switching keeps where the figure came from; the figure itself is re-entered.
                      { [kind]: 0, ...(bonus?.source ? { source: bonus.source } : {}) },
                ),
              )
            }
          />
          {bonus && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {bonusKind === 'amount' ? (
                <NumberField
                  editor={editor}
                  path={[...pay, 'bonus', 'amount']}
                  label={t.editor.bonusAmountLabel}
                  min={0}
                  thousands
                />
              ) : (
                <NumberField
                  editor={editor}
                  path={[...pay, 'bonus', 'targetPct']}
                  label={t.offers.bonusPct}
                  min={0}
                  max={100}
                />
              )}
              <SelectField
                editor={editor}
                path={[...pay, 'bonus', 'source']}
                label={t.editor.source}
                options={t.offers.sources}
              />
            </SimpleGrid>
          )}
        </Stack>
        <ListField
          editor={editor}
          path={[...pay, 'signOn']}
          label={t.editor.signOns}
          itemLabel={(i) => t.editor.signOnN(i + 1)}
          addLabel={t.editor.addSignOn}
          newItem={() => ({ amount: 0 })}
        >
          {(item) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberField
                editor={editor}
                path={[...item, 'amount']}
                label={t.offers.signOn}
                min={0}
                thousands
              />
              <NumberField
                editor={editor}
                path={[...item, 'paidInYear']}
                label={t.editor.paidInYear}
                min={1}
                max={4}
                integer
              />
              <NumberField
                editor={editor}
                path={[...item, 'clawbackMonths']}
                label={t.offers.signOnClawback}
                min={0}
                max={60}
                integer
              />
              <SelectField
                editor={editor}
                path={[...item, 'clawback']}
                label={t.editor.repayRule}
                options={t.editor.repayRules}
              />
              <SelectField
                editor={editor}
                path={[...item, 'source']}
                label={t.editor.source}
                options={t.offers.sources}
              />
            </SimpleGrid>
          )}
        </ListField>
      </Stack>
    </Fieldset>
  );
}
