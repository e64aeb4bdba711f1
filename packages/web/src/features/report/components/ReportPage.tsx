import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { formatMoney, formatNumber } from '@offerwise/core';
import { Bars } from '../../../components/charts/Bars';
import { OfferCharts } from '../../../components/charts/OfferCharts';
import { DataTable } from '../../../components/DataTable';
import { IssueList } from '../../../components/IssueList';
import { OfferFacts } from '../../../components/OfferFacts';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { t } from '../../../i18n/report';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { useDecisionSummary } from '../hooks/use-decision-summary';
import classes from './report.module.css';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** One printable page per workspace, for a partner or a coach. */
export function ReportPage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const { now, result } = useDecisionSummary(editor.document);
  const doc = editor.document;
  if (!result.ok) return <IssueList title={t.save.invalid} issues={result.issues} />;
  const { evaluation, robustness, nextActions, events, timeline } = result.value;
  const home = evaluation.homeCurrency;
  const colColumn = evaluation.offers.some((o) => o.payCostOfLiving);
  const netColumn = evaluation.offers.some((o) => o.net);
  return (
    <article className={classes.page} aria-labelledby="report-title">
      <Group justify="space-between" className={classes.noPrint}>
        <Text c="dimmed">{t.report.intro}</Text>
        <Button onClick={() => window.print()}>{t.report.print}</Button>
      </Group>
      <Stack gap="sm">
        <Title order={2} size="h3" id="report-title">
          {t.report.title(doc.title ?? t.home.untitled)}
        </Title>
        <Text size="sm">{t.report.prepared(day.format(now), doc.profile.name ?? null)}</Text>
        <section>
          <Title order={3} size="h5">
            {t.report.priorities}
          </Title>
          <Text size="sm">
            {evaluation.priorities
              .map((p) => `${p.label} ${formatNumber(p.weight * 100, 0)} %`)
              .join(' · ')}
          </Text>
        </section>
        <ScrollRegion label={t.report.tableLabel}>
          <DataTable className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{t.report.offer}</th>
                <th scope="col">{t.report.payAvg(home)}</th>
                {netColumn && <th scope="col">{t.report.payNet(home)}</th>}
                {colColumn && <th scope="col">{t.report.payCol(home)}</th>}
                <th scope="col">{t.compare.total}</th>
                <th scope="col">{t.compare.rank}</th>
                <th scope="col">{t.report.status}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.offers.map((offer) => {
                const status = doc.offers.find((o) => o.id === offer.id)?.status ?? 'received';
                return (
                  <tr key={offer.id}>
                    <th scope="row">
                      {offer.company}
                      <Text size="xs" c="dimmed">
                        {offer.role}
                      </Text>
                    </th>
                    <td>{formatMoney(offer.pay.avg4y, home)}</td>
                    {netColumn && (
                      <td title={offer.net?.disclaimer}>
                        {offer.net ? formatMoney(offer.net.avg4y, home) : t.report.noTax}
                      </td>
                    )}
                    {colColumn && (
                      <td>
                        {offer.payCostOfLiving
                          ? formatMoney(offer.payCostOfLiving.avg4y, home)
                          : t.report.noIndex}
                      </td>
                    )}
                    <td>{formatNumber(offer.score, 3)}</td>
                    <td>
                      {offer.rank === null ? t.compare.screenedOut : t.compare.rankOf(offer.rank)}
                    </td>
                    <td>{t.home.status[status] ?? status}</td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        </ScrollRegion>
        {netColumn && (
          <Text size="xs" c="dimmed">
            {t.report.taxNote}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t.report.payHow}
        </Text>
        <OfferCharts evaluation={evaluation} Chart={Bars} />
        <section>
          <Title order={3} size="h5">
            {t.compare.beyondScore}
          </Title>
          <Stack gap="sm">
            {evaluation.offers.map((offer) => (
              <Stack key={offer.id} gap={4}>
                <Text fw={700} size="sm">
                  {offer.company}
                </Text>
                <OfferFacts
                  offer={offer}
                  timeline={timeline?.offers.find((o) => o.offerId === offer.id)}
                  homeCurrency={home}
                />
              </Stack>
            ))}
          </Stack>
        </section>
        <section>
          <Title order={3} size="h5">
            {t.compare.explanation}
          </Title>
          <List size="sm" spacing={2}>
            {evaluation.explanation.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
            {robustness && <List.Item>{robustness}</List.Item>}
          </List>
        </section>
        {nextActions.length > 0 && (
          <section>
            <Title order={3} size="h5">
              {t.timing.next}
            </Title>
            <List size="sm" spacing={2}>
              {nextActions.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </section>
        )}
        {events.length > 0 && (
          <section>
            <Title order={3} size="h5">
              {t.report.history}
            </Title>
            <List size="sm" spacing={2} data-testid="report-history">
              {events.slice(0, 8).map((e) => (
                <List.Item key={`${e.at}-${e.company}-${e.type}`}>
                  {t.report.event(e.at.slice(0, 10), e.company, t.report.events[e.type] ?? e.type)}
                </List.Item>
              ))}
            </List>
          </section>
        )}
      </Stack>
    </article>
  );
}
