import { Paper, Slider, Stack, Text, Title } from '@mantine/core';
import type { Evaluation } from '@offerwise/core';
import { t } from '../../../i18n';
import { setWeight } from '../../../workspace/edits';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';

/** One slider per priority: moving re-scores at once in the browser, letting go saves. */
export function WeightSliders({
  editor,
  evaluation,
}: {
  editor: WorkspaceEditor;
  evaluation: Evaluation;
}) {
  const weighting = editor.document.weighting;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="weights-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="weights-title">
          {t.compare.weights}
        </Title>
        <Text size="sm" c="dimmed">
          {t.compare.weightsHow}
        </Text>
        {evaluation.priorities.map((priority) => {
          const value =
            weighting?.method === 'direct'
              ? (weighting.weights[priority.id] ?? 0)
              : Math.round(priority.weight * 100);
          return (
            <Stack key={priority.id} gap={4}>
              <Text size="sm" id={`w-${priority.id}`}>
                {priority.label}
              </Text>
              <Slider
                min={0}
                max={100}
                step={1}
                value={value}
                thumbLabel={t.outcomes.weightSlider(priority.label)}
                label={(v) => `${v}`}
                onChange={(v) =>
                  // Moving a weight replaces pairwise judgments: asked first, and undoable.
                  weighting?.method === 'ahp'
                    ? editor.switchWeighting('direct', (doc) => setWeight(doc, priority.id, v))
                    : editor.edit((doc) => setWeight(doc, priority.id, v))
                }
                onChangeEnd={() => void editor.save()}
                data-testid={`weight-${priority.id}`}
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
