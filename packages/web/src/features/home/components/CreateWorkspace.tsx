import { Card, Tabs, Title } from '@mantine/core';
import { t } from '../../../i18n';
import { FromExample } from './FromExample';
import { FromFile } from './FromFile';
import { FromScratch } from './FromScratch';

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
          <FromExample />
        </Tabs.Panel>
        <Tabs.Panel value="file" pt="md">
          <FromFile />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
