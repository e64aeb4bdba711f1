import {
  Alert,
  Anchor,
  Badge,
  Card,
  List,
  Timeline as MantineTimeline,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { Timeline } from '@offerwise/core';
import { calendarUrl } from '../../../api/workspaces';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n/timing';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useTimingPlan } from '../hooks/use-timing-plan';

const severityColor = { urgent: 'red', warning: 'orange', info: 'blue' } as const;

export function TimingPage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const result = useTimingPlan(editor.document);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.timing.title}
        </Title>
        <Text c="dimmed">{t.timing.intro}</Text>
      </Stack>
      {!result.ok ? (
        <IssueList title={t.save.invalid} issues={result.issues} />
      ) : (
        <TimingPlan plan={result.value} workspaceId={id} />
      )}
    </Stack>
  );
}

function TimingPlan({ plan, workspaceId }: { plan: Timeline; workspaceId: string }) {
  const company = (offerId: string | null) =>
    plan.offers.find((o) => o.offerId === offerId)?.company ?? null;
  return (
    <>
      {plan.timeZoneAssumed && <Alert color="yellow">{t.timing.zoneAssumed(plan.timeZone)}</Alert>}
      <section aria-labelledby="next-title">
        <Title order={3} size="h4" id="next-title" mb="xs">
          {t.timing.next}
        </Title>
        {plan.nextActions.length === 0 ? (
          <Text>{t.timing.nothingNow}</Text>
        ) : (
          <List spacing={4} data-testid="next-actions">
            {plan.nextActions.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </section>
      {plan.warnings.length > 0 && (
        <Stack gap="xs" component="section" aria-label={t.timing.warnings}>
          {plan.warnings.map((w) => (
            <Alert
              key={`${w.code}-${w.offerId ?? ''}-${w.path ?? ''}`}
              color={severityColor[w.severity]}
              title={w.reason}
            >
              {w.nextStep}
            </Alert>
          ))}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {plan.offers.map((offer) => (
          <Card key={offer.offerId} withBorder component="section" aria-label={offer.company}>
            <Stack gap={6}>
              <Text fw={700}>{offer.company}</Text>
              <Badge variant="light" tt="none" w="fit-content">
                {t.home.status[offer.state.status] ?? offer.state.status}
              </Badge>
              {offer.timeLeft && <Text size="sm">{offer.timeLeft.text}</Text>}
              {offer.extension && <Text size="sm">{offer.extension.text}</Text>}
              <Text size="sm">
                {t.timing.earliestStart(offer.feasibility.earliestStart)}
                {offer.feasibility.offeredStart
                  ? ` · ${t.timing.offeredStart(offer.feasibility.offeredStart)}`
                  : ''}
              </Text>
              {offer.feasibility.feasible === false && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {t.timing.tooEarly(offer.feasibility.shortByDays)}
                </Text>
              )}
              <List size="sm" spacing={2}>
                {offer.feasibility.how.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              <Text size="sm">{offer.runway.text}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <section aria-labelledby="plan-title">
        <Title order={3} size="h4" id="plan-title" mb="sm">
          {t.timing.plan}
        </Title>
        <MantineTimeline bulletSize={14} lineWidth={2} data-testid="timeline">
          {plan.entries.map((entry) => (
            <MantineTimeline.Item
              key={entry.id}
              title={`${entry.at.slice(0, 10)} · ${entry.title}`}
            >
              <Text size="sm" c="dimmed">
                {[t.timing.kinds[entry.kind], company(entry.offerId)].filter(Boolean).join(' · ')}
              </Text>
              <Text size="sm">{entry.detail}</Text>
            </MantineTimeline.Item>
          ))}
        </MantineTimeline>
      </section>
      <Anchor href={calendarUrl(workspaceId)} download>
        {t.timing.calendar}
      </Anchor>
    </>
  );
}
