import { randomUUID } from 'node:crypto';
import { readWorkspace, validateWorkspace, type Workspace } from '@offerwise/core';
import type { BrowserContext, Route } from 'playwright-core';

interface Stored {
  id: string;
  version: number;
  title: string | null;
  updatedAt: string;
  document: Workspace;
}

/**
 * The issue-6 API contract held in memory, answered through Playwright's request interception,
 * so the web app's journey can be tested in a real browser before the server is on main. It
 * validates with core like the server does and keeps state across page reloads.
 */
export function fakeApi() {
  const store = new Map<string, Stored>();
  const save = (id: string, version: number, document: Workspace): Stored => {
    const record = {
      id,
      version,
      title: document.title ?? null,
      updatedAt: new Date().toISOString(),
      document,
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
      return json(
        route,
        200,
        [...store.values()].map(({ document, ...rest }) => ({
          ...rest,
          offers: document.offers.map((o) => ({
            id: o.id,
            company: o.company,
            role: o.role,
            status: o.status,
            deadline: o.deadline,
          })),
        })),
      );
    }
    if (parts.length === 0 && method === 'POST') {
      const result = validateWorkspace((request.postDataJSON() as { document: unknown }).document);
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
      const body = request.postDataJSON() as { version: number; document: unknown };
      if (body.version !== record.version)
        return json(route, 409, { currentVersion: record.version });
      const result = validateWorkspace(body.document);
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
