import {
  ActionIcon,
  Anchor,
  Box,
  Container,
  Group,
  Title,
  useComputedColorScheme,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { t } from '../i18n/home';
import classes from './shell.module.css';

export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <a className={classes.skip} href="#main">
        {t.app.skipToContent}
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg">
          <Group justify="space-between" h={56} wrap="nowrap">
            <Anchor component={Link} href="~/" underline="never" c="inherit">
              <Title order={1} size="h3">
                {t.app.name}
              </Title>
            </Anchor>
            <ColorSchemeToggle />
          </Group>
        </Container>
      </Box>
      <Container
        size="lg"
        component="main"
        id="main"
        tabIndex={-1}
        py="md"
        className={classes.main}
      >
        {children}
      </Container>
    </>
  );
}

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const label = scheme === 'dark' ? t.app.colorScheme.toLight : t.app.colorScheme.toDark;
  return (
    <ActionIcon
      variant="default"
      size="lg"
      onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
      title={label}
    >
      <VisuallyHidden>{label}</VisuallyHidden>
      <span aria-hidden="true">{scheme === 'dark' ? '☀' : '☾'}</span>
    </ActionIcon>
  );
}
