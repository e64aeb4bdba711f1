import { Card, Skeleton, Tabs, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { t } from '../../../i18n/home';
import { FromScratch } from './FromScratch';

// The example and file tabs load when opened: the first page carries only what it shows.
const FromExample = lazy(() =>
  import('./FromExample').then((module) => ({ default: module.FromExample })),
);
const FromFile = lazy(() => import('./FromFile').then((module) => ({ default: module.FromFile })));

export function CreateWorkspace() {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="create-title">
      <Title order={2} size="h3" id="create-title" mb="sm">
        {t.home.create.title}
      </Title>
      <Tabs defaultValue="scratch" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="scratch">{t.home.create.scratch}</Tabs.Tab>
          <Tabs.Tab value="example">{t.home.create.example}</Tabs.Tab>
          <Tabs.Tab value="file">{t.home.create.file}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="scratch" pt="md">
          <FromScratch />
        </Tabs.Panel>
        <Tabs.Panel value="example" pt="md">
          <Suspense fallback={<Skeleton h={120} />}>
            <FromExample />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="file" pt="md">
          <Suspense fallback={<Skeleton h={120} />}>
            <FromFile />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
