import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../i18n/home';
import { usePageTitle } from './page-title';

export function NotFound() {
  const ref = usePageTitle([t.app.notFoundTitle]);
  return (
    <Stack ref={ref}>
      <Title order={2} size="h3">
        {t.app.notFoundTitle}
      </Title>
      <Text>{t.app.notFound}</Text>
      <Anchor component={Link} href="~/">
        {t.app.backHome}
      </Anchor>
    </Stack>
  );
}
