import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../../app/page-title';
import { t } from '../../../i18n/home';
import { useWorkspaces } from '../api/workspaces-list';
import { CreateWorkspace } from './CreateWorkspace';
import { WorkspaceCard } from './WorkspaceCard';

export function HomePage() {
  const workspaces = useWorkspaces();
  const ref = usePageTitle([t.home.title]);
  return (
    <Stack gap="lg" ref={ref}>
      <Stack gap={4}>
        <Title order={2}>{t.home.title}</Title>
        <Text c="dimmed">{t.home.intro}</Text>
      </Stack>
      <section aria-label={t.home.title} aria-busy={workspaces.isPending}>
        {workspaces.isPending ? (
          <Stack>
            <Skeleton h={96} />
          </Stack>
        ) : workspaces.isError ? (
          <Alert color="red" title={t.app.loadFailed}>
            <Button variant="default" onClick={() => workspaces.refetch()}>
              {t.app.retry}
            </Button>
          </Alert>
        ) : workspaces.data.length === 0 ? (
          <Text>{t.home.empty}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {workspaces.data.map((summary) => (
              <li key={summary.id}>
                <WorkspaceCard summary={summary} />
              </li>
            ))}
          </Stack>
        )}
      </section>
      {/* Shown once the list is in, so its arrival never pushes the form down under the pointer. */}
      {!workspaces.isPending && <CreateWorkspace />}
    </Stack>
  );
}
