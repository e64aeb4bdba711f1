import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatMoney, type OfferEvaluation } from '@offerwise/core';
import { t } from '../../../i18n';

const series = [
  { name: 'base', label: t.offers.parts.base, color: 'blue.6' },
  { name: 'bonus', label: t.offers.parts.bonus, color: 'teal.6' },
  { name: 'signOn', label: t.offers.parts.signOn, color: 'yellow.6' },
  { name: 'equity', label: t.offers.parts.equity, color: 'violet.6' },
  { name: 'benefits', label: t.offers.parts.benefits, color: 'gray.6' },
];

/** Pay by year in the home currency, stacked by part, with the cost-of-living view beside it. */
export function PayChart({
  figures,
  homeCurrency,
}: {
  figures: OfferEvaluation | null;
  homeCurrency: string;
}) {
  if (!figures) return <Alert color="yellow">{t.offers.fixFirst}</Alert>;
  const money = (n: number) => formatMoney(n, homeCurrency);
  const data = figures.pay.years.map((y) => ({
    year: `${y.year}`,
    base: Math.round(y.base),
    bonus: Math.round(y.bonus),
    signOn: Math.round(y.signOn),
    equity: Math.round(y.equity),
    benefits: Math.round(y.benefits),
  }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pay-chart-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="pay-chart-title">
          {t.offers.payChart(homeCurrency)}
        </Title>
        <Text size="sm" c="dimmed">
          {t.offers.payChartHow}
        </Text>
        <BarChart
          h={220}
          data={data}
          dataKey="year"
          type="stacked"
          series={series}
          valueFormatter={money}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
        />
        <Group gap="xl" wrap="wrap">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t.offers.avg4y}
            </Text>
            <Text fw={700} data-testid="pay-avg">
              {money(figures.pay.avg4y)}
            </Text>
          </Stack>
          {figures.payCostOfLiving && (
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t.offers.colAdjusted}
              </Text>
              <Text fw={700}>{money(figures.payCostOfLiving.avg4y)}</Text>
              <Text size="xs" c="dimmed">
                {t.offers.colHow}
              </Text>
            </Stack>
          )}
        </Group>
        <ul aria-label={t.offers.payChart(homeCurrency)} style={{ margin: 0, paddingLeft: 18 }}>
          {figures.how.pay.map((line) => (
            <li key={line}>
              <Text size="sm">{line}</Text>
            </li>
          ))}
        </ul>
      </Stack>
    </Paper>
  );
}
