import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { type Priority, priorityMeasures } from '@offerwise/core';
import { type FormEvent, useState } from 'react';
import { t } from '../../../i18n/outcomes';
import { addPriority } from '../../../workspace/edits';
import { slugId } from '../../../workspace/ids';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';

/** Scales a new priority starts with, so it scores from the moment it is added. */
const starterScale: Record<Priority['measure'], Partial<Priority>> = {
  rating: {},
  number: { worst: 0, best: 10 },
  'pay-avg-4y': { worst: 40000, best: 150000 },
  'pay-year-1': { worst: 40000, best: 150000 },
  'pay-net-avg-4y': { worst: 30000, best: 100000 },
  'pay-net-year-1': { worst: 30000, best: 100000 },
};

export function AddPriority({ editor }: { editor: WorkspaceEditor }) {
  const [label, setLabel] = useState('');
  const [measure, setMeasure] = useState<Priority['measure']>('rating');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) return;
    const id = slugId(
      label,
      editor.document.priorities.map((p) => p.id),
    );
    void editor.commit((doc) =>
      addPriority(doc, { id, label: label.trim(), measure, ...starterScale[measure] } as Priority),
    );
    setLabel('');
  }

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t.outcomes.newLabel}
          placeholder={t.outcomes.newLabelPlaceholder}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          style={{ flex: '1 1 180px' }}
        />
        <NativeSelect
          label={t.outcomes.measure}
          data={priorityMeasures.map((m) => ({ value: m, label: t.outcomes.measures[m] ?? m }))}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value as Priority['measure'])}
          style={{ flex: '1 1 180px' }}
        />
        <Button type="submit" variant="light" disabled={!label.trim()}>
          {t.outcomes.add}
        </Button>
      </Group>
    </form>
  );
}
