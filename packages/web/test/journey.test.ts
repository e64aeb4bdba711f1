import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from '@offerwise/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { CHROMIUM, hasChromium, launchChromium } from './support/browser';
import { hasServer, serverEntry, startServer } from './support/server';

/** A datetime-local value `days` from now at 17:00, so deadlines are always ahead. */
function inDays(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T17:00`;
}

// The README's screenshots are refreshed only on request (OFFERWISE_SCREENSHOTS=1 npm test), so
// an ordinary test run leaves the working tree clean; otherwise they go to a temporary folder.
const screenshots = process.env.OFFERWISE_SCREENSHOTS
  ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url))
  : `${mkdtempSync(join(tmpdir(), 'offerwise-screens-'))}/`;

if (!hasChromium) {
  console.warn(
    `web end-to-end tests skipped: ${CHROMIUM} is not installed (apt-get install chromium; CI installs it).`,
  );
} else if (!hasServer) {
  console.warn(`web end-to-end tests skipped: ${serverEntry} is missing (run npm run build).`);
}

/**
 * A new user's journey in the real browser, one step after another on the same page: each
 * test continues where the previous one left off, as a person would.
 */
describe.skipIf(!hasChromium || !hasServer)('the web app in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const server = await startServer();
    base = server.url;
    close = server.close;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  /** The workspaces the server has stored, read through its API as any client would. */
  async function storedList(): Promise<{ id: string }[]> {
    const response = await fetch(`${base}/api/workspaces`);
    return ((await response.json()) as { workspaces: { id: string }[] }).workspaces;
  }

  /** The one workspace this journey creates, as stored. */
  async function stored(): Promise<Workspace> {
    const [first] = await storedList();
    const response = await fetch(`${base}/api/workspaces/${first?.id}`);
    return ((await response.json()) as { workspace: Workspace }).workspace;
  }

  /**
   * Saves the page at desktop and phone widths for the README, then restores desktop. Returns
   * how far the page scrolls sideways at the narrowest phone width we support (360 px): 0.
   */
  async function shoot(name: string) {
    await page.screenshot({ path: `${screenshots}${name}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${screenshots}${name}-390.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    return overflow;
  }

  it('starts on an empty home that says how to begin', async () => {
    await page.goto(base);
    await expect.poll(() => page.getByText('No workspaces yet').isVisible()).toBe(true);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('home-empty')).toBe(0);
  });

  it('names the line and field of each problem in an imported file, and imports nothing', async () => {
    await page.getByRole('tab', { name: 'From a file' }).click();
    const broken = [
      'version: 1',
      'profile: { homeCurrency: EUR, homeLocation: { country: DE } }',
      'priorities: [{ id: pay, label: Pay, measure: pay-avg-4y, worst: 0, best: 100000 }]',
      'offers:',
      '  - { id: acme, company: Acme, role: Engineer, location: { country: DE }, currency: EUR,',
      '      pay: { base: 98k } }',
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'offers.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('offers.yaml has 1 problem');
    expect(await alert.textContent()).toContain('line 6, column 20: offers[0].pay.base');
    expect(await alert.textContent()).toContain('expected a number, got "98k"');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.getByRole('tab', { name: 'From scratch' }).click();
  });

  it('names the wrong field when a new workspace has a bad currency', async () => {
    await page.getByLabel('Name of this decision').fill('Berlin or Munich');
    await page.getByLabel('Your first name (used in drafts)').fill('Ana');
    await page.getByLabel('Home currency').fill('EURO');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => page.getByText('use a three-letter ISO code').isVisible()).toBe(true);
  });

  it('creates the workspace and opens step 1', async () => {
    await page.getByLabel('Home currency').fill('EUR');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(/\/w\/[^/]+\/outcomes$/);
    await expect.poll(() => page.getByText('Step 1 — What matters to you').isVisible()).toBe(true);
    expect(await storedList()).toHaveLength(1);
  });

  it('adds a commute priority with a deal-breaker limit', async () => {
    await page.getByLabel('What matters').fill('Commute');
    await page.getByRole('combobox', { name: 'Measured as' }).last().click();
    await page.getByRole('option', { name: 'A number (e.g. minutes, days)' }).click();
    await page.getByRole('button', { name: 'Add a priority' }).click();
    const row = page.getByTestId('priority-commute');
    await row.getByRole('button', { name: 'Edit Commute' }).click();
    await row.getByLabel('Unit').fill('min');
    await row.getByLabel('Worst (counts as 0)').fill('90');
    await row.getByLabel('Best (counts as 1)').fill('0');
    await row.getByLabel('Non-negotiable').check();
    await row.getByRole('combobox', { name: 'Limit' }).click();
    await page.getByRole('option', { name: 'At most' }).click();
    await row.getByLabel('Threshold').fill('45');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => row.getByText('deal-breaker: ≤ 45').isVisible()).toBe(true);
  });

  it('orders priorities with the keyboard alone', async () => {
    // Each key waits for the screen-reader announcement, as dnd-kit measures between moves.
    const announced = (text: string) =>
      expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toBe(text);
    await page.getByRole('button', { name: 'Edit Commute' }).click();
    const handle = page.getByRole('button', { name: /^Move Commute/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
    await announced('Commute is now number 4 of 4.');
    // dnd-kit starts listening for arrow keys and measures the rows a tick after the pickup.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.keyboard.press('ArrowUp');
    await announced('Commute is now number 3 of 4.');
    await page.keyboard.press('ArrowUp');
    await announced('Commute is now number 2 of 4.');
    await page.keyboard.press('Space');
    await announced('Dropped Commute.');
    const firstTwo = () =>
      page
        .locator('[data-testid^="priority-"]')
        .evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute('data-testid')));
    await expect.poll(firstTwo).toEqual(['priority-pay', 'priority-commute']);
    await expect
      .poll(async () => (await stored()).priorities.map((p) => p.id))
      .toEqual(['pay', 'commute', 'growth', 'balance']);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('step1-outcomes')).toBe(0);
  });

  it('adds two offers with their pay, ratings and commute', async () => {
    await page.getByRole('link', { name: /Offers/ }).click();
    const offers = [
      {
        company: 'Acme',
        role: 'Staff Engineer',
        base: '98000',
        commute: '35',
        growth: '4',
        deadline: inDays(9),
      },
      {
        company: 'Globex',
        role: 'Senior Engineer',
        base: '120000',
        commute: '70',
        growth: '5',
        deadline: inDays(5),
      },
    ];
    for (const offer of offers) {
      await page.getByRole('textbox', { name: 'Company' }).last().fill(offer.company);
      await page.getByRole('textbox', { name: 'Role' }).last().fill(offer.role);
      await page.getByRole('button', { name: 'Add an offer' }).click();
      const form = page.getByTestId(`offer-form-${offer.company.toLowerCase()}`);
      await form.getByLabel('Base salary a year').fill(offer.base);
      await form.getByLabel('Commute (min)').fill(offer.commute);
      await form.getByLabel('Skills and growth (1–5)').fill(offer.growth);
      await form.getByLabel('Work–life balance (1–5)').fill('3');
      await form.getByLabel('Decision deadline (date and time)').fill(offer.deadline);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    }
    await expect.poll(async () => (await stored()).offers.length).toBe(2);
    await expect.poll(() => page.getByTestId('pay-avg').isVisible()).toBe(true);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('offers')).toBe(0);
  });

  it('compares the offers and screens out the one that breaks the deal-breaker', async () => {
    await page.getByRole('link', { name: /Compare/ }).click();
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
    expect(await page.getByTestId('rank-acme').textContent()).toContain('#1');
    expect(await page.getByTestId('rank-globex').textContent()).toBe('Screened out');
    expect(await page.getByTestId('screen-reason-globex').textContent()).toContain(
      'above your maximum of 45 min',
    );
    expect(await page.getByTestId('explanation').textContent()).toContain('Globex is screened out');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('step2-compare')).toBe(0);
  });

  it('re-scores as soon as a weight moves, and saves it', async () => {
    const before = await page.getByTestId('total-acme').textContent();
    await page.getByRole('slider', { name: 'Weight of Skills and growth' }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('total-acme').textContent()).not.toBe(before);
    // Every step saves (coalesced, in order); wait until what is stored is what the slider shows.
    const slider = page.getByRole('slider', { name: 'Weight of Skills and growth' });
    expect(await slider.getAttribute('aria-valuenow')).toBe('25');
    await expect
      .poll(
        async () => {
          const weighting = (await stored()).weighting;
          return weighting?.method === 'direct' ? weighting.weights.growth : undefined;
        },
        { timeout: 10_000 },
      )
      .toBe(25);
  });

  it('lays out the deadlines and what to do next', async () => {
    await page.getByRole('link', { name: /Risk & timing/ }).click();
    await expect.poll(() => page.getByTestId('timeline').isVisible()).toBe(true);
    expect(await page.getByTestId('timeline').textContent()).toContain('Acme');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the plan for your calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const calendar = readFileSync((await download.path()) as string, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('Answer Acme: deadline');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('step3-timing')).toBe(0);
  });

  it('plans the negotiation from the analysis', async () => {
    await page.getByRole('link', { name: /Negotiate/ }).click();
    await expect
      .poll(() => page.getByTestId('robustness-advice').textContent())
      .toContain('Acme is the only offer that passes your non-negotiables');
    expect(await page.getByTestId('plan-advice').textContent()).toContain('Acme');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('step4-negotiate')).toBe(0);
    await page.getByRole('link', { name: /Compare/ }).click();
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
  });

  it('drafts a decline, catches a lint error, fixes it and records it as sent', async () => {
    await page.getByRole('link', { name: /Decide/ }).click();
    await page.locator('.mantine-SegmentedControl-label', { hasText: /^Globex$/ }).click();
    await expect
      .poll(() => page.getByText('Globex is evaluating right now.').isVisible())
      .toBe(true);
    await expect.poll(() => page.getByTestId('channel-advice').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Write the draft' }).click();
    const draft = page.getByLabel('Your message');
    await expect.poll(() => draft.inputValue()).toContain('Globex');
    const written = await draft.inputValue();

    await draft.fill(`Hi [Name],\n\n${written}`);
    await expect.poll(() => page.getByTestId('diagnostics').textContent()).toContain('[Name]');
    expect(await page.getByRole('button', { name: 'I sent it' }).isDisabled()).toBe(true);
    expect(await page.locator('mark[data-severity="error"]').count()).toBeGreaterThan(0);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('step5-decide')).toBe(0);

    await draft.fill(`${written}\n\nI am so so glad we spoke.`);
    const fix = page.getByRole('button', { name: /Fix: change to “so”/ });
    await fix.click();
    await expect.poll(() => draft.inputValue()).toContain('I am so glad we spoke.');
    await expect
      .poll(() => page.getByRole('button', { name: 'I sent it' }).isDisabled())
      .toBe(false);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => page.getByText('Draft saved').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'I sent it' }).click();
    await expect
      .poll(async () => (await stored()).offers.find((o) => o.id === 'globex'))
      .toMatchObject({ status: 'declined', history: [{ type: 'declined', channel: 'email' }] });
    await expect.poll(() => page.getByText('Globex is declined right now.').isVisible()).toBe(true);
    await page.getByRole('link', { name: /Compare/ }).click();
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
  });

  it('prints a one-page summary with what has happened', async () => {
    await page.getByRole('link', { name: /Report/ }).click();
    await expect
      .poll(() => page.getByTestId('report-history').textContent())
      .toContain('Globex, declined');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot('report')).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    await page.screenshot({ path: `${screenshots}report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: /Compare/ }).click();
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
  });

  it('shows everything again after a reload', async () => {
    const total = await page.getByTestId('total-acme').textContent();
    await page.reload();
    await expect.poll(() => page.getByTestId('total-acme').textContent()).toBe(total);
    await page.getByRole('link', { name: /Decide/ }).click();
    await page.locator('.mantine-SegmentedControl-label', { hasText: /^Globex$/ }).click();
    await expect
      .poll(() => page.getByLabel('Your message').inputValue())
      .toContain('I am so glad we spoke.');
    await expect.poll(() => page.getByText('Globex is declined right now.').isVisible()).toBe(true);
    await page.goto(base);
    await expect.poll(() => page.getByText('Berlin or Munich').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Acme: Evaluating').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Globex: Declined').isVisible()).toBe(true);
  });

  it('reports a change saved elsewhere instead of overwriting it', async () => {
    await page.getByRole('link', { name: 'Berlin or Munich' }).click();
    await page.getByText('Step 1 — What matters to you').waitFor();
    // Another tab saves first: a new title, on the version this page also holds.
    const [first] = await storedList();
    const record = (await (await fetch(`${base}/api/workspaces/${first?.id}`)).json()) as {
      version: number;
      workspace: Workspace;
    };
    const elsewhere = await fetch(`${base}/api/workspaces/${first?.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        version: record.version,
        workspace: { ...record.workspace, title: 'Berlin, Munich or stay' },
      }),
    });
    expect(elsewhere.status).toBe(200);
    await page.getByText('By order', { exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('changed in another tab or device');
    expect((await stored()).title).toBe('Berlin, Munich or stay');
    await page.getByRole('button', { name: 'Load the latest version' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Berlin, Munich or stay' }).isVisible())
      .toBe(true);
  });

  it('works in dark mode on every step without contrast problems', async () => {
    await page.goto(base);
    await page.getByRole('link', { name: 'Berlin, Munich or stay' }).waitFor();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.mantineColorScheme))
      .toBe('dark');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.getByRole('link', { name: 'Berlin, Munich or stay' }).click();
    for (const step of [
      'Outcomes',
      'Offers',
      'Compare',
      'Risk & timing',
      'Negotiate',
      'Decide',
      'Report',
    ]) {
      await page.getByRole('link', { name: new RegExp(step) }).click();
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      const found = await seriousViolations(page);
      expect(found.map((line) => `${step}: ${line}`).join('\n')).toBe('');
    }
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
  });

  it('starts another workspace from an example and compares it at once', async () => {
    await page.goto(base);
    await page.getByRole('tab', { name: 'From an example' }).click();
    await page.getByLabel(/Two offers in one city/).check();
    await page.getByRole('button', { name: 'Use this example' }).click();
    await page.waitForURL(/\/outcomes$/);
    await page.getByRole('link', { name: /Compare/ }).click();
    await expect.poll(() => page.getByTestId('rank-lonestar').textContent()).toBe('Screened out');
    expect(await page.getByTestId('rank-pecan').textContent()).toContain('#1');
    expect(await storedList()).toHaveLength(2);
  });

  it('does not shift the layout while the first page loads', async () => {
    await page.goto(base);
    await page.getByText('Berlin, Munich or stay').waitFor();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 500);
        }),
    );
    // Cumulative layout shift: under 0.1 is what Web Vitals calls good.
    expect(shift).toBeLessThan(0.1);
  });
});
