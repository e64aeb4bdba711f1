import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { t } from '../../../../i18n/offers';
import type { Path } from '../../../../workspace/edits';
import { NumberField, RecordField, SelectField, YesNoField } from '../../../../workspace/fields';
import type { WorkspaceEditor } from '../../../../workspace/use-workspace-editor';

const freshName = (base: string) => (taken: readonly string[]) => {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!taken.includes(name)) return name;
  }
};

/** What the employer covers, what the move will cost, the repayment clause and the support. */
export function RelocationSection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const relocation = [...at, 'relocation'];
  return (
    <Fieldset legend={t.offers.sections.relocation}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            editor={editor}
            path={[...relocation, 'covered', 'lumpSum']}
            label={t.offers.relocationLump}
            min={0}
            thousands
          />
          <NumberField
            editor={editor}
            path={[...relocation, 'lumpSumTaxPct']}
            label={t.editor.lumpSumTax}
            min={0}
            max={100}
          />
          <NumberField
            editor={editor}
            path={[...relocation, 'covered', 'temporaryHousingDays']}
            label={t.editor.housingCovered}
            min={0}
            integer
          />
          <NumberField
            editor={editor}
            path={[...relocation, 'temporaryHousingDaysNeeded']}
            label={t.editor.housingNeeded}
            min={0}
            integer
          />
        </SimpleGrid>
        <RecordField
          editor={editor}
          path={[...relocation, 'covered', 'items']}
          label={t.editor.coveredItems}
          nameLabel={t.editor.itemName}
          amountLabel={t.editor.itemAmount}
          addLabel={t.editor.addCoveredItem}
          newName={freshName(t.editor.newItem)}
        />
        <RecordField
          editor={editor}
          path={[...relocation, 'expectedCosts']}
          label={t.editor.expectedCosts}
          nameLabel={t.editor.itemName}
          amountLabel={t.editor.itemAmount}
          addLabel={t.editor.addExpectedCost}
          newName={freshName(t.editor.newCost)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            editor={editor}
            path={[...relocation, 'repayment', 'months']}
            label={t.offers.relocationRepayMonths}
            min={1}
            max={60}
            integer
          />
          <SelectField
            editor={editor}
            path={[...relocation, 'repayment', 'rule']}
            label={t.editor.repayRule}
            options={t.editor.repayRules}
          />
          <YesNoField
            editor={editor}
            path={[...relocation, 'support', 'schoolSearch']}
            label={t.editor.schoolSearch}
          />
          <YesNoField
            editor={editor}
            path={[...relocation, 'support', 'partnerJob']}
            label={t.editor.partnerJob}
          />
          <YesNoField
            editor={editor}
            path={[...relocation, 'support', 'taxEqualisation']}
            label={t.editor.taxEqualisation}
          />
          <SelectField
            editor={editor}
            path={[...relocation, 'source']}
            label={t.editor.source}
            options={t.offers.sources}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
