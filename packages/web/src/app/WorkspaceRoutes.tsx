// Every Mantine component's styles, for the steps and their editors: loaded with this chunk,
// never with the home page (main.tsx imports only what the home page uses).
import '@mantine/core/styles.css';
import { Alert, Anchor, Button, Group, Skeleton, Stack, Title } from '@mantine/core';
import { QueryErrorResetBoundary, useQuery } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, Redirect, Route, Switch, useRoute } from 'wouter';
import { ApiError } from '../api/http';
import { workspaceQuery } from '../api/queries';
import { t } from '../i18n/base';
import { WorkspaceEditorProvider } from '../workspace/WorkspaceEditorProvider';
import { usePageTitle } from './page-title';
import classes from './steps.module.css';

/** Each step is its own chunk, so the first page loads none of them. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType<{ id: string }>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const steps = [
  {
    path: 'outcomes',
    n: 1,
    label: t.steps.outcomes,
    Page: page(() => import('../features/outcomes/components/OutcomesPage'), 'OutcomesPage'),
  },
  {
    path: 'offers',
    n: null,
    label: t.steps.offers,
    Page: page(() => import('../features/offers/components/OffersPage'), 'OffersPage'),
  },
  {
    path: 'profile',
    n: null,
    label: t.steps.profile,
    Page: page(() => import('../features/profile/components/ProfilePage'), 'ProfilePage'),
  },
  {
    path: 'compare',
    n: 2,
    label: t.steps.compare,
    Page: page(() => import('../features/compare/components/ComparePage'), 'ComparePage'),
  },
  {
    path: 'timing',
    n: 3,
    label: t.steps.timing,
    Page: page(() => import('../features/timing/components/TimingPage'), 'TimingPage'),
  },
  {
    path: 'negotiate',
    n: 4,
    label: t.steps.negotiate,
    Page: page(() => import('../features/negotiate/components/NegotiatePage'), 'NegotiatePage'),
  },
  {
    path: 'decide',
    n: 5,
    label: t.steps.decide,
    Page: page(() => import('../features/decide/components/DecidePage'), 'DecidePage'),
  },
  {
    path: 'letters',
    n: null,
    label: t.steps.letters,
    Page: page(() => import('../features/letters/components/LettersPage'), 'LettersPage'),
  },
  {
    path: 'report',
    n: null,
    label: t.steps.report,
    Page: page(() => import('../features/report/components/ReportPage'), 'ReportPage'),
  },
] as const;

export function WorkspaceRoutes({ id }: { id: string }) {
  const { data } = useQuery(workspaceQuery(id));
  const workspaceTitle = data ? (data.title ?? data.workspace.title ?? t.home.untitled) : null;
  return (
    <Stack gap="md">
      <Title order={2} size="h3" mih={30} className={classes.noPrint}>
        {data ? (data.title ?? data.workspace.title ?? t.home.untitled) : ''}
      </Title>
      <nav aria-label={t.steps.nav} className={classes.nav}>
        <ol className={classes.list}>
          {steps.map((step) => (
            <li key={step.path}>
              <StepLink path={step.path} label={step.label} n={step.n} />
            </li>
          ))}
        </ol>
      </nav>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <Alert color="red" title={missing(error) ? t.app.noWorkspace : t.app.loadFailed}>
                <Group>
                  {!missing(error) && (
                    <Button variant="default" onClick={resetErrorBoundary}>
                      {t.app.retry}
                    </Button>
                  )}
                  <Anchor component={Link} href="~/">
                    {t.app.backHome}
                  </Anchor>
                </Group>
              </Alert>
            )}
          >
            <Suspense fallback={<StepSkeleton />}>
              {/* The editor outlives step changes (its own boundary below), so drafts do too; a
                  different workspace gets a new one. */}
              <WorkspaceEditorProvider key={id} id={id}>
                <Suspense fallback={<StepSkeleton />}>
                  <Switch>
                    {steps.map(({ path, Page, label }) => (
                      <Route key={path} path={`/${path}`}>
                        <StepFrame label={label} workspace={workspaceTitle}>
                          <Page id={id} />
                        </StepFrame>
                      </Route>
                    ))}
                    <Route>
                      <Redirect to="/outcomes" replace />
                    </Route>
                  </Switch>
                </Suspense>
              </WorkspaceEditorProvider>
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </Stack>
  );
}

/** A 404 means the address names no workspace: retrying would not help. */
function missing(error: unknown): boolean {
  return error instanceof ApiError && error.result.kind === 'failed' && error.result.status === 404;
}

/**
 * Titles the page after its step and moves focus to the step's heading once it has rendered
 * (inside Suspense, so the effect runs when the step's chunk and data are there).
 */
function StepFrame({
  label,
  workspace,
  children,
}: {
  label: string;
  workspace: string | null;
  children: ReactNode;
}) {
  const ref = usePageTitle([label, workspace]);
  return <div ref={ref}>{children}</div>;
}

/** `n` is the step's number on the five-step roadmap; entering offers is not a step of its own. */
function StepLink({ path, label, n }: { path: string; label: string; n: number | null }) {
  const [active] = useRoute(`/${path}`);
  const ref = useRef<HTMLAnchorElement>(null);
  // On a narrow screen the steps scroll sideways; keep the current one in view.
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <Link
      ref={ref}
      href={`/${path}`}
      className={classes.link}
      aria-current={active ? 'page' : undefined}
    >
      {n !== null && <span className={classes.n}>{n}</span>}
      {label}
    </Link>
  );
}

/** Same height as a step's header, so nothing jumps when the chunk arrives. */
function StepSkeleton() {
  return (
    <Stack aria-busy="true" aria-label={t.app.loading}>
      <Skeleton h={32} w="60%" />
      <Skeleton h={48} />
      <Skeleton h={240} />
    </Stack>
  );
}
