import { Alert, Grid, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Evaluation } from '@offerwise/core';
import { useDeferredValue } from 'react';
import { LazyBars } from '../../../components/charts/LazyBars';
import { OfferCharts } from '../../../components/charts/OfferCharts';
import { IssueList } from '../../../components/IssueList';
import { OfferFacts } from '../../../components/OfferFacts';
import { t } from '../../../i18n/compare';
import { SaveBar } from '../../../workspace/SaveBar';
import { useWorkspaceEditor, type WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useLiveEvaluation } from '../hooks/use-live-evaluation';
import { useOfferFacts } from '../hooks/use-offer-facts';
import { useWeightsEditor } from '../hooks/use-weights-editor';
import { CompareCards } from './CompareCards';
import { CompareGrid } from './CompareGrid';
import { HowItIsComputed } from './HowItIsComputed';

/** At this width and below the grid becomes cards, so no offer's column is cut off. */
export const PHONE = '(max-width: 480px)';

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
        <Comparison editor={editor} evaluation={result.value} />
      )}
      <SaveBar editor={editor} />
    </Stack>
  );
}

function Comparison({ editor, evaluation }: { editor: WorkspaceEditor; evaluation: Evaluation }) {
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const weights = useWeightsEditor(editor, evaluation);
  // Facts from the stored document: a weight only moves the counter-offer review's scores, and
  // recomputing the timeline on every slider step would hold up the next one.
  const timeline = useOfferFacts(editor.record.workspace);
  // The charts and explanations follow a moment after the grid while a slider moves.
  const settled = useDeferredValue(evaluation);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t.compare.weightsHow}
      </Text>
      {phone ? (
        <CompareCards evaluation={evaluation} weights={weights} />
      ) : (
        <CompareGrid evaluation={evaluation} weights={weights} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <section aria-labelledby="why-title">
            <Title order={3} size="h4" id="why-title" mb="xs">
              {t.compare.explanation}
            </Title>
            <List spacing={4} data-testid="explanation">
              {settled.explanation.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <HowItIsComputed evaluation={settled} />
        </Grid.Col>
      </Grid>
      <section aria-labelledby="charts-title">
        <Title order={3} size="h4" id="charts-title" mb={4}>
          {t.charts.title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t.charts.payHow}
        </Text>
        {/* The charts sit below the grid: their drawing code loads as the user scrolls there. */}
        <OfferCharts evaluation={settled} Chart={LazyBars} />
      </section>
      <section aria-labelledby="facts-title">
        <Title order={3} size="h4" id="facts-title" mb="xs">
          {t.compare.beyondScore}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {settled.offers.map((offer) => (
            <Paper key={offer.id} withBorder p="md" component="section" aria-label={offer.company}>
              <Text fw={700} mb="xs">
                {offer.company}
              </Text>
              <OfferFacts
                offer={offer}
                timeline={timeline?.offers.find((o) => o.offerId === offer.id)}
                homeCurrency={settled.homeCurrency}
              />
            </Paper>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
