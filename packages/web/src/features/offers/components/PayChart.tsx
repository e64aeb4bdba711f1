import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { formatMoney, type OfferEvaluation } from '@offerwise/core';
import { LazyBars } from '../../../components/charts/LazyBars';
import { compactMoney } from '../../../components/charts/OfferCharts';
import { t } from '../../../i18n/offers';

const parts = ['base', 'bonus', 'signOn', 'equity', 'benefits'] as const;
const colors = ['blue', 'teal', 'yellow', 'violet', 'gray'];
const series = parts.map((key, i) => ({
  key,
  label: t.offers.parts[key],
  color: `var(--mantine-color-${colors[i]}-6)`,
}));

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
    label: t.charts.yearN(y.year),
    values: Object.fromEntries(parts.map((part) => [part, Math.round(y[part])])),
  }));
  return (
    <Paper withBorder p="md" component="section" aria-label={t.offers.payChart(homeCurrency)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.offers.payChartHow}
        </Text>
        {/* The chart closes a long form: its drawing code loads as the user scrolls there. */}
        <LazyBars
          title={t.offers.payChart(homeCurrency)}
          category={t.charts.year}
          mode="stacked"
          series={series}
          data={data}
          format={money}
          formatTick={(n) => compactMoney(n, homeCurrency)}
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
