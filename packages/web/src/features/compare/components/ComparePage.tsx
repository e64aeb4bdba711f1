import { Alert, Grid, List, Stack, Text, Title } from '@mantine/core';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useLiveEvaluation } from '../hooks/use-live-evaluation';
import { CompareGrid } from './CompareGrid';
import { HowItIsComputed } from './HowItIsComputed';
import { WeightSliders } from './WeightSliders';

export function ComparePage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const result = useLiveEvaluation(editor.document);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.compare.title}
        </Title>
        <Text c="dimmed">{t.compare.intro}</Text>
      </Stack>
      {!result.ok ? (
        <IssueList title={t.save.invalid} issues={result.issues} />
      ) : result.value.offers.length === 0 ? (
        <Alert>{t.compare.noOffers}</Alert>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <CompareGrid evaluation={result.value} />
              <section aria-labelledby="why-title">
                <Title order={3} size="h4" id="why-title" mb="xs">
                  {t.compare.explanation}
                </Title>
                <List spacing={4} data-testid="explanation">
                  {result.value.explanation.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </section>
              <HowItIsComputed evaluation={result.value} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <WeightSliders editor={editor} evaluation={result.value} />
          </Grid.Col>
        </Grid>
      )}
      <SaveBar editor={editor} />
    </Stack>
  );
}
