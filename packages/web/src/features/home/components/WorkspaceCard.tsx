import { Anchor, Badge, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { workspaceQuery } from '../../../api/queries';
import type { WorkspaceSummary } from '../../../api/workspaces';
import { t } from '../../../i18n/home';
import { nextDeadline } from '../hooks/next-deadline';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const statusColor: Record<string, string> = {
  accepted: 'green',
  declined: 'gray',
  withdrawn: 'gray',
  expired: 'red',
  negotiating: 'violet',
  'extension-requested': 'orange',
};

/**
 * One workspace on the home page. The list gives its title and offer count; the offers'
 * statuses and the next open deadline come from the workspace itself, which opening it needs
 * anyway (the query is shared, so the step pages then open without a wait).
 */
export function WorkspaceCard({ summary }: { summary: WorkspaceSummary }) {
  const { data } = useQuery(workspaceQuery(summary.id));
  const offers = data?.workspace.offers;
  const title = summary.title ?? t.home.untitled;
  const next = offers ? nextDeadline(offers, new Date()) : null;
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Anchor component={Link} href={`/w/${summary.id}/outcomes`} fw={600} size="lg">
          {title}
        </Anchor>
        <Text size="sm">
          {summary.offerCount === 0 ? t.home.noOffers : t.home.offers(summary.offerCount)}
          {offers && (
            <>
              {' · '}
              {next
                ? t.home.nextDeadline(dateTime.format(next.at), next.company)
                : t.home.noDeadline}
            </>
          )}
        </Text>
        {summary.offerCount > 0 &&
          (offers ? (
            <Group gap="xs">
              {offers.map((offer) => (
                <Badge
                  key={offer.id}
                  variant="light"
                  color={statusColor[offer.status ?? ''] ?? 'blue'}
                  tt="none"
                >
                  {offer.company}: {t.home.status[offer.status ?? 'received'] ?? offer.status}
                </Badge>
              ))}
            </Group>
          ) : (
            <Skeleton h={22} w="60%" />
          ))}
      </Stack>
    </Card>
  );
}
