import { Stack, Table, Text, Title } from '@mantine/core';
import { formatPct, type SensitivityReport } from '@offerwise/core';
import { t } from '../../../i18n';

/** For each priority: its weight now and the range within which the leader stays first. */
export function StabilityTable({ report }: { report: SensitivityReport }) {
  if (report.stability.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="stability-title">
      <Title order={3} size="h4" id="stability-title">
        {t.negotiate.stability}
      </Title>
      <Text size="sm" c="dimmed">
        {t.negotiate.stabilityHow}
      </Text>
      <Table.ScrollContainer minWidth={320} type="native">
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.compare.priority}</Table.Th>
              <Table.Th scope="col">{t.negotiate.weightNow}</Table.Th>
              <Table.Th scope="col">{t.negotiate.range}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.stability.map((s) => (
              <Table.Tr key={s.priorityId} title={s.text}>
                <Table.Th scope="row">{s.label}</Table.Th>
                <Table.Td>{formatPct(s.weight)}</Table.Td>
                <Table.Td>
                  {formatPct(s.lower)} – {formatPct(s.upper)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
