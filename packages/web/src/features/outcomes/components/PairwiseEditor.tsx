import { Alert, Badge, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '@offerwise/core';
import { t } from '../../../i18n/outcomes';
import { setJudgment } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { consistencyOf, judgmentKey, judgmentOf, optionsFor, pairsOf } from '../hooks/pairwise';

/**
 * AHP as a questionnaire: one question per pair of priorities, the consistency ratio of all the
 * answers, and the pair to revisit first when they contradict each other.
 */
export function PairwiseEditor({ editor }: { editor: WorkspaceEditor }) {
  const { priorities, weighting } = editor.document;
  if (weighting?.method !== 'ahp') return null;
  if (priorities.length < 2) return <Alert>{t.weighting.tooFew}</Alert>;
  const matrix = weighting.matrix;
  const consistency = consistencyOf(matrix, priorities);
  const revisit = consistency?.acceptable === false ? consistency.mostInconsistent : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pairwise-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="pairwise-title">
          {t.weighting.pairwiseTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {t.weighting.pairwiseIntro}
        </Text>
        {consistency && (
          // The ratio in body text: an alert's coloured title falls below 4.5:1 in light mode.
          <Alert color={consistency.acceptable ? 'green' : 'orange'} data-testid="consistency">
            <Text fw={600} size="sm">
              {t.weighting.consistency(formatNumber(consistency.cr, 2))}
            </Text>
            <Text size="sm">{consistency.warning ?? t.weighting.consistent}</Text>
          </Alert>
        )}
        {pairsOf(priorities, matrix).map((pair) => {
          const flagged = revisit?.first === pair.first.id && revisit.second === pair.second.id;
          return (
            <Stack key={`${pair.first.id}-${pair.second.id}`} gap={2}>
              <NativeSelect
                label={t.weighting.pairLabel(pair.first.label, pair.second.label)}
                data={optionsFor(pair.value).map((value) => ({
                  value: judgmentKey(value),
                  label: t.weighting.judgment(
                    pair.first.label,
                    pair.second.label,
                    value,
                    judgmentKey(value),
                  ),
                }))}
                value={judgmentKey(pair.value)}
                onChange={(e) => {
                  const key = e.currentTarget.value;
                  editor.commit((doc) => setJudgment(doc, pair.i, pair.j, judgmentOf(key)));
                }}
                data-testid={`pair-${pair.first.id}-${pair.second.id}`}
              />
              {flagged && (
                <Badge color="orange" variant="light" w="fit-content">
                  {t.weighting.revisit}
                </Badge>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
