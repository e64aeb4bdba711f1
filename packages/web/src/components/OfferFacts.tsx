import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatMoney, type OfferEvaluation, type OfferTimeline } from '@offerwise/core';
import type { ReactNode } from 'react';
import { t } from '../i18n/base';
import { DataTable } from './DataTable';
import { ScrollRegion } from './ScrollRegion';

const checklistColor = {
  covered: 'green',
  partly: 'yellow',
  'you-pay': 'red',
  'not-covered': 'red',
  check: 'gray',
} as const;

const originColor = {
  written: 'green',
  verbal: 'orange',
  estimate: 'gray',
  unstated: 'gray',
} as const;

const addressColor = { yes: 'green', partly: 'yellow', no: 'red', 'was-leading': 'blue' } as const;

/**
 * What core knows about one offer beyond its score, where the decision is made: money you
 * would owe back by leaving early, the move's net first-year cost with its checklist, and the
 * latest counter-offer's review. Each part says how it is computed, in core's words.
 */
export function OfferFacts({
  offer,
  timeline,
  homeCurrency,
}: {
  offer: OfferEvaluation;
  timeline: OfferTimeline | undefined;
  homeCurrency: string;
}) {
  const money = (n: number) => formatMoney(n, homeCurrency);
  const relocation = timeline?.relocation;
  const moving = relocation && (relocation.covered > 0 || relocation.expected > 0);
  const counter = timeline?.counterOffer;
  return (
    <Stack gap="sm" data-testid={`offer-facts-${offer.id}`}>
      {timeline?.timeLeft && (
        <Fact title={t.facts.deadline}>
          <Text size="sm">{timeline.timeLeft.text}</Text>
          {timeline.extension && <Text size="sm">{timeline.extension.text}</Text>}
        </Fact>
      )}
      <Fact title={t.facts.atRisk}>
        {offer.risks.length === 0 ? (
          <Text size="sm">{t.facts.nothingAtRisk}</Text>
        ) : (
          <>
            <Text size="sm" fw={600} data-testid={`at-risk-${offer.id}`}>
              {t.facts.atRiskTotal(money(offer.risks.reduce((sum, r) => sum + r.amount, 0)))}
            </Text>
            <List size="sm" spacing={2}>
              {offer.risks.map((risk) => (
                <List.Item key={risk.text}>{risk.text}</List.Item>
              ))}
            </List>
            <How lines={[t.facts.atRiskHow, ...(relocation?.atRisk.map((r) => r.text) ?? [])]} />
          </>
        )}
      </Fact>
      {moving && (
        <Fact title={t.facts.relocation}>
          <Text size="sm" fw={600} data-testid={`relocation-net-${offer.id}`}>
            {relocation.netFirstYear < 0
              ? t.facts.moveCosts(money(-relocation.netFirstYear))
              : t.facts.moveGains(money(relocation.netFirstYear))}
          </Text>
          <ScrollRegion label={t.facts.checklist(offer.company)}>
            <DataTable minWidth={280}>
              <thead>
                <tr>
                  <th scope="col">{t.facts.item}</th>
                  <th scope="col">{t.facts.itemStatus}</th>
                </tr>
              </thead>
              <tbody>
                {relocation.lines.map((line) => (
                  <tr key={line.key}>
                    <th scope="row">{line.label}</th>
                    <td>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <Badge
                          color={checklistColor[line.status]}
                          variant="light"
                          tt="none"
                          style={{ flexShrink: 0 }}
                        >
                          {t.facts.status[line.status]}
                        </Badge>
                        <Text size="sm">{withoutLabel(line.text, line.label)}</Text>
                      </Group>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </ScrollRegion>
          <How lines={relocation.how} />
        </Fact>
      )}
      {offer.sources.some((s) => s.origin !== 'unstated') && (
        <Fact title={t.facts.sources}>
          <List size="sm" spacing={2} data-testid={`sources-${offer.id}`}>
            {offer.sources
              .filter((s) => s.origin !== 'unstated')
              .map((s) => (
                <List.Item key={s.path}>
                  <Group gap={6} wrap="nowrap">
                    <Badge color={originColor[s.origin]} variant="light" tt="none">
                      {t.facts.origin[s.origin]}
                    </Badge>
                    <Text size="sm">
                      {s.label}
                      {s.document ? ` — ${s.document}${s.on ? `, ${s.on}` : ''}` : ''}
                    </Text>
                  </Group>
                </List.Item>
              ))}
          </List>
        </Fact>
      )}
      {counter && (
        <Fact title={t.facts.counter}>
          <Group gap={6}>
            <Badge color={addressColor[counter.addresses]} variant="light" tt="none">
              {t.facts.addresses[counter.addresses]}
            </Badge>
            {counter.coreReason && (
              <Text size="sm">{t.facts.coreReason(counter.coreReason.label)}</Text>
            )}
          </Group>
          {counter.changes.length > 0 && (
            <ScrollRegion label={t.facts.counterChanges(offer.company)}>
              <DataTable minWidth={300} data-testid={`counter-changes-${offer.id}`}>
                <thead>
                  <tr>
                    <th scope="col">{t.facts.what}</th>
                    <th scope="col">{t.facts.before}</th>
                    <th scope="col">{t.facts.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {counter.changes.map((change) => (
                    <tr key={change.label}>
                      <th scope="row">{change.label}</th>
                      <td>{change.before}</td>
                      <td>{change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </ScrollRegion>
          )}
          <How lines={counter.how} />
        </Fact>
      )}
    </Stack>
  );
}

function Fact({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text fw={700} size="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** "How this is computed", closed until asked for: the figures stay the first thing read. */
export function How({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <details>
      <summary>
        <Text span size="sm" c="dimmed">
          {t.facts.how}
        </Text>
      </summary>
      <List size="sm" spacing={2} mt={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </details>
  );
}

/** Core's line repeats the item's name, which the row already shows. */
function withoutLabel(text: string, label: string): string {
  const prefix = `${label}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
