import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { formatNumber, formatPct, type SensitivityReport } from '@offerwise/core';
import { t } from '../../../i18n/negotiate';

/** Each offer's share of sampled weightings in which it comes first, as a bar and in words. */
export function Robustness({ report }: { report: SensitivityReport }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="robustness-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="robustness-title">
          {t.negotiate.robustness}
        </Title>
        <Text size="sm" c="dimmed">
          {t.negotiate.robustnessHow(
            formatNumber(report.sampling.samples, 0),
            report.sampling.description,
          )}
        </Text>
        {report.acceptability.map((offer) => {
          const first = offer.ranks[0] ?? 0;
          return (
            <Stack key={offer.offerId} gap={2}>
              <Text size="sm" data-testid={`first-share-${offer.offerId}`}>
                {t.negotiate.firstIn(offer.company, formatPct(first))}
              </Text>
              <Progress
                value={first * 100}
                aria-label={t.negotiate.acceptabilityLabel(offer.company)}
                size="lg"
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
