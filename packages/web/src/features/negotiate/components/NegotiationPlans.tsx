import { List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { formatMoney, formatNumber, type NegotiationPlan } from '@offerwise/core';
import { useState } from 'react';
import { DataTable } from '../../../components/DataTable';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { t } from '../../../i18n/negotiate';

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
          <ScrollRegion label={t.negotiate.asksLabel(plan.company)}>
            <DataTable minWidth={420} data-testid="asks">
              <thead>
                <tr>
                  <th scope="col">{t.negotiate.ask}</th>
                  <th scope="col">{t.negotiate.current}</th>
                  <th scope="col">{t.negotiate.target}</th>
                  <th scope="col">{t.negotiate.walkAway}</th>
                </tr>
              </thead>
              <tbody>
                {plan.asks.map((ask) => (
                  <tr key={`${ask.priorityId}-${ask.lever}`}>
                    <th scope="row">{ask.label}</th>
                    <td>{amount(ask.current, ask.unit)}</td>
                    <td>{amount(ask.target, ask.unit)}</td>
                    <td>{amount(ask.walkAway, ask.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </ScrollRegion>
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
