import { List, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { formatMoney, formatNumber, type NegotiationPlan } from '@offerwise/core';
import { useState } from 'react';
import { t } from '../../../i18n';

const amount = (value: number, unit: string) =>
  /^[A-Z]{3}$/.test(unit) ? formatMoney(value, unit) : `${formatNumber(value, 1)} ${unit}`;

/** The asks for one offer at a time: what to ask for, and where to walk away. */
export function NegotiationPlans({ plans }: { plans: NegotiationPlan[] }) {
  const [picked, setPicked] = useState(
    plans.find((p) => p.position === 'trails')?.offerId ?? plans[0]?.offerId ?? '',
  );
  const plan = plans.find((p) => p.offerId === picked) ?? plans[0];
  if (!plan) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="plan-title">
          {t.negotiate.plan}
        </Title>
        <SegmentedControl
          aria-label={t.negotiate.planFor}
          value={plan.offerId}
          onChange={setPicked}
          data={plans.map((p) => ({ value: p.offerId, label: p.company }))}
          w="fit-content"
          maw="100%"
        />
        {plan.asks.length === 0 ? (
          <Text>{t.negotiate.noAsks}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420} type="native">
            <Table withTableBorder data-testid="asks">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.negotiate.ask}</Table.Th>
                  <Table.Th scope="col">{t.negotiate.current}</Table.Th>
                  <Table.Th scope="col">{t.negotiate.target}</Table.Th>
                  <Table.Th scope="col">{t.negotiate.walkAway}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.asks.map((ask) => (
                  <Table.Tr key={`${ask.priorityId}-${ask.lever}`}>
                    <Table.Th scope="row">{ask.label}</Table.Th>
                    <Table.Td>{amount(ask.current, ask.unit)}</Table.Td>
                    <Table.Td>{amount(ask.target, ask.unit)}</Table.Td>
                    <Table.Td>{amount(ask.walkAway, ask.unit)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <List spacing={4} size="sm" data-testid="plan-advice">
          {plan.advice.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
