import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n/negotiate';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useNegotiationAnalysis } from '../hooks/use-negotiation-analysis';
import { NegotiationPlans } from './NegotiationPlans';
import { Robustness } from './Robustness';
import { StabilityTable } from './StabilityTable';

export function NegotiatePage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const result = useNegotiationAnalysis(editor.document);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.negotiate.title}
        </Title>
        <Text c="dimmed">{t.negotiate.intro}</Text>
      </Stack>
      {!result.ok ? (
        <IssueList title={t.save.invalid} issues={result.issues} />
      ) : result.value.evaluation.offers.length < 2 ? (
        <Alert>{t.negotiate.needTwo}</Alert>
      ) : (
        <>
          <Robustness report={result.value.report} />
          <List spacing={4} data-testid="robustness-advice">
            {result.value.report.advice.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <StabilityTable report={result.value.report} />
          <NegotiationPlans plans={result.value.plans} />
        </>
      )}
    </Stack>
  );
}
