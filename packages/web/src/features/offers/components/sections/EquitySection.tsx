import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { EquityGrant } from '@offerwise/core';
import { t } from '../../../../i18n/offers';
import { getAt, type Path, setAt } from '../../../../workspace/edits';
import {
  ListField,
  NumberField,
  pathText,
  SelectField,
  TextField,
  YesNoField,
} from '../../../../workspace/fields';
import { issueAt, type WorkspaceEditor } from '../../../../workspace/use-workspace-editor';
import { parseSchedule, presetOf, vestingPresets } from '../../hooks/vesting-presets';

const starter = { schedulePct: [25, 25, 25, 25], cliffMonths: 12, cadence: 'quarterly' } as const;

/** Every grant, of every kind: RSUs, options with strike and risk discount, refreshers. */
export function EquitySection({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const equity = [...at, 'pay', 'equity'];
  return (
    <Fieldset legend={t.offers.sections.equity}>
      <ListField
        editor={editor}
        path={equity}
        label={t.editor.grants}
        itemLabel={(i) => {
          const grant = getAt(editor.document, [...equity, i]) as EquityGrant | undefined;
          return (
            grant?.label || t.editor.grantN(i + 1, grant?.kind ?? 'rsu', grant?.everyYear === true)
          );
        }}
        addLabel={t.offers.addEquity}
        newItem={() => ({
          kind: 'rsu',
          grantValue: 0,
          ...starter,
          schedulePct: [...starter.schedulePct],
        })}
        extraAdds={[
          {
            label: t.editor.addOptions,
            item: () => ({
              kind: 'option',
              shares: 0,
              strike: 0,
              price: 0,
              ...starter,
              schedulePct: [...starter.schedulePct],
            }),
          },
          {
            label: t.editor.addRefresher,
            item: () => ({
              kind: 'rsu',
              grantValue: 0,
              schedulePct: [...starter.schedulePct],
              cadence: 'quarterly',
              startYear: 2,
              everyYear: true,
            }),
          },
        ]}
      >
        {(item) => <Grant editor={editor} at={item} />}
      </ListField>
    </Fieldset>
  );
}

function Grant({ editor, at }: { editor: WorkspaceEditor; at: Path }) {
  const grant = getAt(editor.document, at) as EquityGrant;
  const schedule = Array.isArray(grant.schedulePct) ? grant.schedulePct : [];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t.editor.grantKind}
        data={Object.entries(t.editor.grantKinds).map(([value, label]) => ({ value, label }))}
        value={grant.kind}
        disabled={editor.readOnly}
        onChange={(event) => {
          const kind = event.currentTarget.value;
          if (!kind || kind === grant.kind) return;
          // The vesting fields carry over; the value fields are the other kind's.
          const { kind: _k, ...rest } = grant as Record<string, unknown>;
          const { grantValue: _g, shares: _s, strike: _x, price: _p, ...vesting } = rest;
          const next =
            kind === 'option'
              ? { kind, shares: 0, strike: 0, price: 0, ...vesting }
              : { kind, grantValue: 0, ...vesting };
          editor.edit((doc) => setAt(doc, at, next));
        }}
      />
      <TextField editor={editor} path={[...at, 'label']} label={t.editor.grantLabel} />
      {grant.kind === 'rsu' ? (
        <NumberField
          editor={editor}
          path={[...at, 'grantValue']}
          label={t.offers.grantValue}
          min={0}
          thousands
        />
      ) : (
        <>
          <NumberField
            editor={editor}
            path={[...at, 'shares']}
            label={t.editor.shares}
            min={0}
            thousands
          />
          <NumberField editor={editor} path={[...at, 'strike']} label={t.editor.strike} min={0} />
          <NumberField
            editor={editor}
            path={[...at, 'price']}
            label={t.editor.sharePrice}
            min={0}
          />
        </>
      )}
      <NativeSelect
        label={t.offers.schedule}
        data={Object.entries(t.offers.schedulePresets).map(([value, label]) => ({ value, label }))}
        value={presetOf(schedule)}
        disabled={editor.readOnly}
        onChange={(event) => {
          const preset = vestingPresets[event.currentTarget.value];
          if (preset) editor.edit((doc) => setAt(doc, [...at, 'schedulePct'], [...preset]));
        }}
      />
      <TextInput
        label={t.offers.customSchedule}
        defaultValue={schedule.join(', ')}
        key={schedule.join(',')}
        readOnly={editor.readOnly}
        onBlur={(e) => {
          const parsed = parseSchedule(e.currentTarget.value);
          if (parsed.join(',') !== schedule.join(','))
            editor.edit((doc) => setAt(doc, [...at, 'schedulePct'], parsed));
        }}
        error={issueAt(editor.issues, pathText([...at, 'schedulePct']))}
      />
      <NumberField
        editor={editor}
        path={[...at, 'cliffMonths']}
        label={t.offers.cliffMonths}
        min={0}
        max={48}
        integer
      />
      <SelectField
        editor={editor}
        path={[...at, 'cadence']}
        label={t.editor.cadence}
        options={t.editor.cadences}
      />
      <NumberField
        editor={editor}
        path={[...at, 'startYear']}
        label={t.editor.startYear}
        min={1}
        max={4}
        integer
      />
      <YesNoField editor={editor} path={[...at, 'everyYear']} label={t.editor.everyYear} />
      <NumberField
        editor={editor}
        path={[...at, 'discountPct']}
        label={t.editor.discountPct}
        description={t.editor.discountHow}
        min={0}
        max={100}
      />
      <SelectField
        editor={editor}
        path={[...at, 'source']}
        label={t.editor.source}
        options={t.offers.sources}
      />
    </SimpleGrid>
  );
}
