import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n/outcomes';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { AddPriority } from './AddPriority';
import { PairwiseEditor } from './PairwiseEditor';
import { PriorityList } from './PriorityList';

export function OutcomesPage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const method = editor.document.weighting?.method ?? 'rank';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.outcomes.title}
        </Title>
        <Text c="dimmed">{t.outcomes.intro}</Text>
      </Stack>
      <Stack gap={4}>
        <Text fw={600} id="weighting-label">
          {t.outcomes.weighting}
        </Text>
        <SegmentedControl
          aria-labelledby="weighting-label"
          value={method}
          onChange={(value) => editor.switchWeighting(value as typeof method)}
          data={[
            { value: 'rank', label: t.outcomes.byRank },
            { value: 'direct', label: t.outcomes.byWeight },
            { value: 'ahp', label: t.outcomes.byPairwise },
          ]}
          w="fit-content"
        />
        <Text size="sm" c="dimmed">
          {method === 'rank'
            ? t.outcomes.rankHow
            : method === 'ahp'
              ? t.outcomes.pairwiseHow
              : t.outcomes.weightHow}
        </Text>
      </Stack>
      <PriorityList editor={editor} />
      <PairwiseEditor editor={editor} />
      <AddPriority editor={editor} />
      <SaveBar editor={editor} />
    </Stack>
  );
}
