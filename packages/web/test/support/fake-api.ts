import { randomUUID } from 'node:crypto';
import { readWorkspace, validateWorkspace, type Workspace } from '@offerwise/core';
import type { BrowserContext, Route } from 'playwright-core';

interface Stored {
  id: string;
  version: number;
  title: string | null;
  access: 'owner';
  createdAt: string;
  updatedAt: string;
  workspace: Workspace;
}

/**
 * The workspace routes of the server's API (issue 6) held in memory, answered through Playwright's request interception,
 * so the web app's journey can be tested in a real browser before the server is on main. It
 * validates with core like the server does and keeps state across page reloads.
 */
export function fakeApi() {
  const store = new Map<string, Stored>();
  const save = (id: string, version: number, workspace: Workspace): Stored => {
    const now = new Date().toISOString();
    const record: Stored = {
      id,
      version,
      title: workspace.title ?? null,
      access: 'owner',
      createdAt: store.get(id)?.createdAt ?? now,
      updatedAt: now,
      workspace,
    };
    store.set(id, record);
    return record;
  };
  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

  async function handle(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    const parts = url.pathname
      .replace(/^\/api\/workspaces\/?/, '')
      .split('/')
      .filter(Boolean);
    const method = request.method();
    if (parts.length === 0 && method === 'GET') {
      return json(route, 200, {
        workspaces: [...store.values()].map(({ workspace, ...rest }) => ({
          ...rest,
          offerCount: workspace.offers.length,
          nextDeadline:
            workspace.offers
              .flatMap((o) => (o.deadline ? [o.deadline] : []))
              .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null,
        })),
      });
    }
    if (parts.length === 0 && method === 'POST') {
      const result = validateWorkspace(request.postDataJSON());
      if (!result.ok) return json(route, 400, { issues: result.issues });
      return json(route, 201, save(randomUUID(), 1, result.value));
    }
    if (parts[0] === 'import' && method === 'POST') {
      const result = readWorkspace(request.postData() ?? '');
      if (!result.ok) return json(route, 400, { issues: result.issues });
      return json(route, 201, save(randomUUID(), 1, result.value));
    }
    const record = store.get(parts[0] ?? '');
    if (!record) return json(route, 404, { message: 'no such workspace' });
    if (parts.length === 1 && method === 'GET') return json(route, 200, record);
    if (parts.length === 1 && method === 'PUT') {
      const body = request.postDataJSON() as { version: number; workspace: unknown };
      if (body.version !== record.version)
        return json(route, 409, { currentVersion: record.version });
      const result = validateWorkspace(body.workspace);
      if (!result.ok) return json(route, 400, { issues: result.issues });
      return json(route, 200, save(record.id, record.version + 1, result.value));
    }
    return json(route, 404, { message: 'not in the fake' });
  }

  return {
    store,
    install: (context: BrowserContext) => context.route('**/api/workspaces**', handle),
  };
}
