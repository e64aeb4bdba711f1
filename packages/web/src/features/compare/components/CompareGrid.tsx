import { Badge, Stack, Table, Text } from '@mantine/core';
import { type Evaluation, formatMoney, formatNumber, type OfferEvaluation } from '@offerwise/core';
import { t } from '../../../i18n';
import classes from './compare.module.css';

type PriorityRow = Evaluation['priorities'][number];

/** Offers as columns, priorities as rows: raw figure, value 0–1 and contribution in each cell. */
export function CompareGrid({ evaluation }: { evaluation: Evaluation }) {
  const { offers, priorities } = evaluation;
  return (
    <Table.ScrollContainer minWidth={160 + offers.length * 130} type="native">
      <Table className={classes.grid} withTableBorder withColumnBorders data-testid="compare-grid">
        <caption className={classes.caption}>{t.compare.caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.sticky}>
              {t.compare.priority}
            </Table.Th>
            {offers.map((offer) => (
              <Table.Th
                key={offer.id}
                scope="col"
                className={offer.feasible ? undefined : classes.out}
                data-testid={`offer-column-${offer.id}`}
              >
                <Stack gap={2}>
                  <Text fw={700} size="sm">
                    {offer.company}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {offer.role}
                  </Text>
                  {!offer.feasible && (
                    <>
                      <Badge color="gray" variant="outline" tt="none" w="fit-content">
                        {t.compare.screenedOut}
                      </Badge>
                      {offer.screen.map((s) => (
                        <Text
                          key={s.priorityId}
                          size="xs"
                          data-testid={`screen-reason-${offer.id}`}
                        >
                          {s.reason}
                        </Text>
                      ))}
                    </>
                  )}
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priorities.map((priority) => (
            <Table.Tr key={priority.id}>
              <Table.Th scope="row" className={classes.sticky}>
                <Text size="sm" fw={600}>
                  {priority.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {t.compare.weight} {formatNumber(priority.weight * 100, 0)} %
                </Text>
              </Table.Th>
              {offers.map((offer) => (
                <Cell
                  key={offer.id}
                  offer={offer}
                  priority={priority}
                  currency={evaluation.homeCurrency}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" className={classes.sticky}>
              {t.compare.total}
            </Table.Th>
            {offers.map((offer) => (
              <Table.Td
                key={offer.id}
                className={offer.feasible ? classes.total : `${classes.total} ${classes.out}`}
                data-testid={`total-${offer.id}`}
              >
                {formatNumber(offer.score, 3)}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" className={classes.sticky}>
              {t.compare.rank}
            </Table.Th>
            {offers.map((offer) => (
              <Table.Td
                key={offer.id}
                className={offer.feasible ? undefined : classes.out}
                data-testid={`rank-${offer.id}`}
              >
                {offer.rank === null ? (
                  t.compare.screenedOut
                ) : (
                  <Badge variant={offer.rank === 1 ? 'outline' : 'light'} tt="none">
                    {t.compare.rankOf(offer.rank)}
                    {offers.filter((o) => o.rank === offer.rank).length > 1
                      ? ` (${t.compare.tie})`
                      : ''}
                  </Badge>
                )}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function Cell({
  offer,
  priority,
  currency,
}: {
  offer: OfferEvaluation;
  priority: PriorityRow;
  currency: string;
}) {
  const raw = offer.raw[priority.id];
  const value = offer.values[priority.id] ?? 0;
  const contribution = offer.contributions[priority.id] ?? 0;
  const failed = offer.failed.includes(priority.id);
  return (
    <Table.Td
      className={offer.feasible ? undefined : classes.out}
      data-failed={failed || undefined}
      title={offer.how.values[priority.id]}
    >
      <Text size="sm" fw={600} c={failed ? 'var(--mantine-color-error)' : undefined}>
        {raw === null || raw === undefined ? t.compare.missing : formatRaw(priority, raw, currency)}
      </Text>
      <Text size="xs" c="dimmed">
        {t.compare.value} {formatNumber(value, 2)} · {t.compare.adds}{' '}
        {formatNumber(contribution, 3)}
      </Text>
    </Table.Td>
  );
}

function formatRaw(priority: PriorityRow, raw: number, currency: string): string {
  if (priority.measure.startsWith('pay-')) return formatMoney(raw, currency);
  if (priority.measure === 'rating') return `${formatNumber(raw)} / 5`;
  return `${formatNumber(raw)}${priority.unit ? ` ${priority.unit}` : ''}`;
}
