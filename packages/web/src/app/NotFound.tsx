import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { t } from '../i18n';

export function NotFound() {
  return (
    <Stack>
      <Text>{t.app.notFound}</Text>
      <Anchor component={Link} href="~/">
        {t.app.backHome}
      </Anchor>
    </Stack>
  );
}
