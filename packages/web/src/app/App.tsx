import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/components/HomePage';
import { NotFound } from './NotFound';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from './theme';

// The home page is the first page; everything inside a workspace loads when it is opened.
const WorkspaceRoutes = lazy(() =>
  import('./WorkspaceRoutes').then((module) => ({ default: module.WorkspaceRoutes })),
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } },
});

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <QueryClientProvider client={queryClient}>
        <Shell>
          <Switch>
            <Route path="/">
              <HomePage />
            </Route>
            <Route path="/w/:id" nest>
              {(params) => (
                <Suspense fallback={null}>
                  <WorkspaceRoutes id={params.id} />
                </Suspense>
              )}
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Shell>
      </QueryClientProvider>
    </MantineProvider>
  );
}
