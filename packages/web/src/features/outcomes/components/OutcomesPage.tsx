import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n';
import { setWeightingMethod } from '../../../workspace/edits';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { AddPriority } from './AddPriority';
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
          onChange={(value) =>
            void editor.commit((doc) => setWeightingMethod(doc, value as typeof method))
          }
          data={[
            { value: 'rank', label: t.outcomes.byRank },
            { value: 'direct', label: t.outcomes.byWeight },
            // Pairwise judgments are written in the file; offered only where they exist.
            ...(method === 'ahp' ? [{ value: 'ahp', label: t.outcomes.byPairwise }] : []),
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
      <AddPriority editor={editor} />
      <SaveBar editor={editor} />
    </Stack>
  );
}
