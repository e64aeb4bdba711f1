import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { WorkspaceSummary } from '../../../api/workspaces';
import { t } from '../../../i18n';
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

export function WorkspaceCard({ summary }: { summary: WorkspaceSummary }) {
  const title = summary.title ?? t.home.untitled;
  const next = nextDeadline(summary.offers, new Date());
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Anchor component={Link} href={`/w/${summary.id}/outcomes`} fw={600} size="lg">
          {title}
        </Anchor>
        <Text size="sm">
          {summary.offers.length === 0 ? t.home.noOffers : t.home.offers(summary.offers.length)}
          {' · '}
          {next ? t.home.nextDeadline(dateTime.format(next.at), next.company) : t.home.noDeadline}
        </Text>
        {summary.offers.length > 0 && (
          <Group gap="xs">
            {summary.offers.map((offer) => (
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
        )}
      </Stack>
    </Card>
  );
}
