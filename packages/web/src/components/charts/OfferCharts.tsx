import { SimpleGrid } from '@mantine/core';
import { type Evaluation, formatMoney, formatNumber } from '@offerwise/core';
import type { ComponentType } from 'react';
import { t } from '../../i18n/base';
import type { BarsProps } from './BarsFrame';
import { paletteColor } from './palette';

const compact = new Map<string, Intl.NumberFormat>();
/** "€50k": tick labels only; every figure a person reads in full comes from core's formatter. */
export function compactMoney(n: number, currency: string): string {
  let format = compact.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 0,
    });
    compact.set(currency, format);
  }
  return format.format(n);
}

/**
 * Pay by year for every offer side by side, and each score as the sum of its parts, drawn by
 * `Chart`: `Bars` where the page may be printed at once, `LazyBars` where it loads on scroll.
 */
export function OfferCharts({
  evaluation,
  Chart,
}: {
  evaluation: Evaluation;
  Chart: ComponentType<BarsProps>;
}) {
  const home = evaluation.homeCurrency;
  const years = evaluation.offers[0]?.pay.years.map((y) => y.year) ?? [];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="offer-charts">
      <Chart
        title={t.charts.payByYear(home)}
        category={t.charts.year}
        mode="grouped"
        series={evaluation.offers.map((o, i) => ({
          key: o.id,
          label: o.company,
          color: paletteColor(i),
        }))}
        data={years.map((year, i) => ({
          label: t.charts.yearN(year),
          values: Object.fromEntries(
            evaluation.offers.map((o) => [o.id, Math.round(o.pay.years[i]?.total ?? 0)]),
          ),
        }))}
        format={(n) => formatMoney(n, home)}
        formatTick={(n) => compactMoney(n, home)}
      />
      <Chart
        title={t.charts.scoreParts}
        category={t.report.offer}
        mode="stacked"
        series={evaluation.priorities.map((p, i) => ({
          key: p.id,
          label: p.label,
          color: paletteColor(i),
        }))}
        data={evaluation.offers.map((o) => ({ label: o.company, values: o.contributions }))}
        format={(n) => formatNumber(n, 3)}
        formatTick={(n) => formatNumber(n, 2)}
      />
    </SimpleGrid>
  );
}
