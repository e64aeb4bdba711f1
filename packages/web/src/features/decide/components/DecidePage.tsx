import {
  Alert,
  Anchor,
  Badge,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { OfferFacts } from '../../../components/OfferFacts';
import { t } from '../../../i18n/decide';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useDecisionPlan } from '../hooks/use-decision-plan';
import { MessageWorkbench } from './MessageWorkbench';

export function DecidePage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const offers = editor.document.offers;
  const analysis = useDecisionPlan(editor.document);
  // Opens on the offer the plan says needs a message next; afterwards the user's pick stays.
  const [picked, setPicked] = useState(() => analysis?.plan.startWith ?? offers[0]?.id ?? '');
  const offer = offers.find((o) => o.id === picked) ?? offers[0];
  const plan = analysis?.plan;
  const suggestion = plan?.offers.find((o) => o.offerId === offer?.id);
  const evaluated = analysis?.evaluation.offers.find((o) => o.id === offer?.id);
  const timeline = analysis?.timeline.offers.find((o) => o.offerId === offer?.id);
  const warnings = analysis?.timeline.warnings.filter((w) => w.offerId === offer?.id) ?? [];
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.decide.title}
        </Title>
        <Text c="dimmed">{t.decide.intro}</Text>
      </Stack>
      {!offer ? (
        <Alert>{t.compare.noOffers}</Alert>
      ) : (
        <>
          {plan && (
            <Paper withBorder p="md" component="section" aria-labelledby="plan-title">
              <Title order={3} size="h4" id="plan-title" mb={4}>
                {t.decide.planTitle}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {plan.leader ? t.decide.planHow : t.decide.noLeader}
              </Text>
              <List type="ordered" spacing={4} data-testid="decision-plan">
                {plan.offers.map((step) => (
                  <List.Item key={step.offerId}>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setPicked(step.offerId)}
                      fw={step.offerId === offer.id ? 700 : undefined}
                      aria-current={step.offerId === offer.id ? 'step' : undefined}
                      ta="left"
                    >
                      {t.decide.steps[step.step]?.(step.company)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Paper>
          )}
          <SegmentedControl
            aria-label={t.decide.offer}
            value={offer.id}
            onChange={setPicked}
            data={offers.map((o) => ({ value: o.id, label: o.company }))}
            w="fit-content"
            maw="100%"
          />
          {(evaluated || warnings.length > 0) && (
            <Paper withBorder p="md" component="section" aria-labelledby="before-title">
              <Title order={3} size="h4" id="before-title" mb="xs">
                {t.decide.nextStep}
              </Title>
              <Stack gap="sm">
                {warnings.map((w) => (
                  <Stack key={`${w.code}-${w.path ?? ''}`} gap={2} data-testid="offer-warning">
                    <Text size="sm" fw={600}>
                      {w.reason}
                    </Text>
                    <Text size="sm">{w.nextStep}</Text>
                  </Stack>
                ))}
                {evaluated && analysis && (
                  <OfferFacts
                    offer={evaluated}
                    timeline={timeline}
                    homeCurrency={analysis.evaluation.homeCurrency}
                  />
                )}
              </Stack>
            </Paper>
          )}
          {suggestion && (
            <Badge variant="outline" tt="none" w="fit-content">
              {t.decide.suggested}: {t.decide.scenarios[suggestion.scenario]}
            </Badge>
          )}
          <MessageWorkbench
            key={offer.id}
            editor={editor}
            offerId={offer.id}
            suggested={suggestion?.scenario ?? 'decline'}
          />
        </>
      )}
    </Stack>
  );
}
