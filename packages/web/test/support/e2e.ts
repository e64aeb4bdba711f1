import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkspace, type Workspace } from '@offerwise/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from './browser';
import { hasServer, serverEntry, startServer } from './server';

/**
 * The shared frame of every end-to-end file: one built server and one Chromium per file, and a
 * fresh page and workspace per test, set up through the API, so each test runs alone
 * (`npx vitest run packages/web/test/e2e/steps.test.ts -t 'plans the negotiation'`).
 */

// Sized for a loaded 2-core machine: a first server start creates its database (up to ~25 s
// there) and Chromium's first launch is slow; a step with a dozen polls can take 30 s.
export const SETUP_TIMEOUT = 120_000;
export const TEST_TIMEOUT = 90_000;
const ACTION_TIMEOUT = 15_000;

const missing = !hasChromium
  ? `${CHROMIUM} is not installed (apt-get install chromium; CI installs it)`
  : !hasServer
    ? `${serverEntry} is missing (run npm run build)`
    : null;

// On a developer's machine a missing browser skips the suite with a warning; under CI=true it
// fails, so a run that tested nothing cannot pass.
const inCi = process.env.CI === 'true' || process.env.CI === '1';
if (missing && !inCi) console.warn(`web end-to-end tests skipped: ${missing}.`);

export interface E2e {
  /** The server's base URL, e.g. http://127.0.0.1:43127. */
  base: () => string;
  /** A new page in its own context (own storage), desktop unless given. */
  newPage: (options?: PageOptions) => Promise<Page>;
  api: Api;
  /** Full-page screenshots at 1280 and 390 px; returns the sideways overflow at 360 px (0). */
  shoot: (page: Page, name: string) => Promise<number>;
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/** A `describe` whose tests share one server and one browser; see the module comment. */
export function describeE2e(name: string, body: (e2e: E2e) => void): void {
  if (missing) {
    describe(name, () => {
      // A placeholder keeps the suite visible: failed under CI, skipped elsewhere.
      it.skipIf(!inCi)('needs Chromium and a built server', () => {
        throw new Error(`web end-to-end tests cannot run: ${missing}`);
      });
    });
    return;
  }
  describe(name, { timeout: TEST_TIMEOUT }, () => {
    let browser: Browser;
    let base = '';
    let close: (() => Promise<void>) | undefined;
    const pages: Page[] = [];

    beforeAll(async () => {
      const [server, launched] = await Promise.all([startServer(), launchChromium()]);
      base = server.url;
      close = server.close;
      browser = launched;
      mkdirSync(screenshots, { recursive: true });
    }, SETUP_TIMEOUT);

    afterAll(async () => {
      await Promise.all(
        pages.map((page) =>
          page
            .context()
            .close()
            .catch(() => undefined),
        ),
      );
      await browser?.close();
      await close?.();
    }, SETUP_TIMEOUT);

    const api = apiAt(() => base);
    body({
      base: () => base,
      api,
      async newPage(options = {}) {
        const context = await browser.newContext({
          viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
          colorScheme: options.colorScheme ?? 'light',
          acceptDownloads: true,
        });
        context.setDefaultTimeout(ACTION_TIMEOUT);
        const page = await context.newPage();
        pages.push(page);
        return page;
      },
      shoot,
    });
  });
}

// The README's screenshots are refreshed only on request (OFFERWISE_SCREENSHOTS=1 npm test), so
// an ordinary test run leaves the working tree clean; otherwise they go to a temporary folder.
const screenshots = process.env.OFFERWISE_SCREENSHOTS
  ? fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url))
  : `${mkdtempSync(join(tmpdir(), 'offerwise-screens-'))}/`;

/**
 * Charts render only as the user scrolls near them (WhenNear), and a full-page screenshot does
 * not scroll: walk down the page so the picture shows what a reader would see, then go back.
 */
async function revealLazyContent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const start = window.scrollY;
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.scrollTo(0, start);
  });
  await page.waitForLoadState('networkidle');
}

async function shoot(page: Page, name: string): Promise<number> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await revealLazyContent(page);
  // At the page's own width (a phone test's page is already 390 px wide), then on a phone.
  if (viewport.width !== 390) {
    await page.screenshot({ path: `${screenshots}${name}-${viewport.width}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
  }
  await page.screenshot({ path: `${screenshots}${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.setViewportSize(viewport);
  return overflow;
}

export interface StoredRecord {
  id: string;
  version: number;
  title: string | null;
  workspace: Workspace;
}

export interface Api {
  create: (document: Workspace) => Promise<StoredRecord>;
  /** Imports an example file from examples/ as the home page's "From an example" does. */
  createExample: (name: string) => Promise<StoredRecord>;
  read: (id: string) => Promise<StoredRecord>;
  put: (id: string, version: number, document: Workspace) => Promise<Response>;
  list: () => Promise<{ id: string; title: string | null }[]>;
  remove: (id: string) => Promise<void>;
  exportText: (id: string, format?: 'yaml' | 'json') => Promise<string>;
}

function apiAt(base: () => string): Api {
  const url = (path: string) => `${base()}/api${path}`;
  const json = async <T>(response: Response): Promise<T> => {
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    create: async (document) =>
      json(
        await fetch(url('/workspaces'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(document),
        }),
      ),
    createExample: async (name) =>
      json(
        await fetch(url('/workspaces/import'), {
          method: 'POST',
          headers: { 'content-type': 'application/yaml' },
          body: exampleText(name),
        }),
      ),
    read: async (id) => json(await fetch(url(`/workspaces/${id}`))),
    put: (id, version, document) =>
      fetch(url(`/workspaces/${id}`), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version, workspace: document }),
      }),
    list: async () =>
      (
        await json<{ workspaces: { id: string; title: string | null }[] }>(
          await fetch(url('/workspaces')),
        )
      ).workspaces,
    remove: async (id) => {
      // A delete names the version it was based on, like every write.
      const { version } = await json<StoredRecord>(await fetch(url(`/workspaces/${id}`)));
      const response = await fetch(url(`/workspaces/${id}?version=${version}`), {
        method: 'DELETE',
      });
      if (!response.ok) throw new Error(`delete ${id}: ${response.status}`);
    },
    exportText: async (id, format = 'yaml') => {
      const response = await fetch(url(`/workspaces/${id}/export?format=${format}`));
      if (!response.ok) throw new Error(`export ${id}: ${response.status}`);
      return response.text();
    },
  };
}

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));

export function exampleText(name: string): string {
  return readFileSync(join(examples, `${name}.yaml`), 'utf8');
}

/** An example file as the validated document the server stores. */
export function exampleDocument(name: string): Workspace {
  const result = readWorkspace(exampleText(name));
  if (!result.ok) throw new Error(`examples/${name}.yaml does not validate`);
  return result.value;
}

/** A datetime-local value `days` from now at 17:00, so deadlines are always ahead. */
export function inDays(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T17:00`;
}

/** The same moment as an ISO instant with the machine's offset, as the schema wants it. */
export function instantInDays(days: number): string {
  const local = new Date(`${inDays(days)}:00`);
  return local.toISOString();
}
