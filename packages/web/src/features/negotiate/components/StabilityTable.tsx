import { Stack, Text, Title } from '@mantine/core';
import { formatPct, type SensitivityReport } from '@offerwise/core';
import { DataTable } from '../../../components/DataTable';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { t } from '../../../i18n/negotiate';

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
      <ScrollRegion label={t.negotiate.stability}>
        <DataTable minWidth={320}>
          <thead>
            <tr>
              <th scope="col">{t.compare.priority}</th>
              <th scope="col">{t.negotiate.weightNow}</th>
              <th scope="col">{t.negotiate.range}</th>
            </tr>
          </thead>
          <tbody>
            {report.stability.map((s) => (
              <tr key={s.priorityId} title={s.text}>
                <th scope="row">{s.label}</th>
                <td>{formatPct(s.weight)}</td>
                <td>
                  {formatPct(s.lower)} – {formatPct(s.upper)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </ScrollRegion>
    </Stack>
  );
}
