import { readFileSync } from 'node:fs';
import type { Workspace } from '@offerwise/core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { describeE2e, inDays } from '../support/e2e';
import { berlinOrMunich, starter, withCommute } from '../support/fixtures';

/** The five steps, each test on its own workspace, stored through the API first. */
describeE2e('the five steps in Chromium', ({ base, api, newPage, shoot }) => {
  /** Stores `document` and opens it at `step` in a new page. */
  async function open(document: Workspace, step: string): Promise<{ page: Page; id: string }> {
    const { id } = await api.create(document);
    const page = await newPage();
    await page.goto(`${base()}/w/${id}/${step}`);
    return { page, id };
  }
  const stored = async (id: string) => (await api.read(id)).workspace;

  it('adds a commute priority with a deal-breaker limit', async () => {
    const { page, id } = await open(starter(), 'outcomes');
    await page.getByText('Step 1 — What matters to you').waitFor();
    await page.getByLabel('What matters').fill('Commute');
    await page
      .getByRole('combobox', { name: 'Measured as' })
      .last()
      .selectOption({ label: 'A number (e.g. minutes, days)' });
    await page.getByRole('button', { name: 'Add a priority' }).click();
    const row = page.getByTestId('priority-commute');
    await row.getByRole('button', { name: 'Edit Commute' }).click();
    await row.getByLabel('Unit').fill('min');
    await row.getByLabel('Worst (counts as 0)').fill('90');
    await row.getByLabel('Best (counts as 1)').fill('0');
    await row.getByLabel('Non-negotiable').check();
    await row.getByRole('combobox', { name: 'Limit' }).selectOption({ label: 'At most' });
    await row.getByLabel('Threshold').fill('45');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('Saved', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => row.getByText('deal-breaker: at most 45 min').isVisible()).toBe(true);
    expect((await stored(id)).priorities.find((p) => p.id === 'commute')).toMatchObject({
      unit: 'min',
      worst: 90,
      best: 0,
      nonNegotiable: { max: 45 },
    });
  });

  it('orders priorities with the keyboard alone', async () => {
    const document = withCommute();
    // Commute last, as "Add a priority" leaves it.
    document.priorities.push(...document.priorities.splice(1, 1));
    const { page, id } = await open(document, 'outcomes');
    // Each key waits for the screen-reader announcement, as dnd-kit measures between moves.
    const announced = (text: string) =>
      expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toBe(text);
    await page.getByRole('button', { name: 'Edit Commute' }).waitFor();
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
      .poll(async () => (await stored(id)).priorities.map((p) => p.id))
      .toEqual(['pay', 'commute', 'growth', 'balance']);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'step1-outcomes')).toBe(0);
  });

  it('adds two offers with their pay, ratings and commute', async () => {
    const { page, id } = await open(withCommute(), 'offers');
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
    await expect.poll(async () => (await stored(id)).offers.length).toBe(2);
    expect((await stored(id)).offers.map((o) => [o.id, o.pay.base, o.numbers?.commute])).toEqual([
      ['acme', 98000, 35],
      ['globex', 120000, 70],
    ]);
    await expect.poll(() => page.getByTestId('pay-avg').isVisible()).toBe(true);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'offers')).toBe(0);
  });

  it('compares the offers and screens out the one that breaks the deal-breaker', async () => {
    const { page } = await open(berlinOrMunich(), 'compare');
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
    expect(await page.getByTestId('rank-acme').textContent()).toContain('#1');
    expect(await page.getByTestId('rank-globex').textContent()).toBe('Screened out');
    expect(await page.getByTestId('screen-reason-globex').textContent()).toContain(
      'above your maximum of 45 min',
    );
    expect(await page.getByTestId('explanation').textContent()).toContain('Globex is screened out');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'step2-compare')).toBe(0);
  });

  it('re-scores as soon as a weight moves, and saves it', async () => {
    const { page, id } = await open(berlinOrMunich(), 'compare');
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
    const before = await page.getByTestId('total-acme').textContent();
    const slider = page.getByRole('slider', { name: 'Weight of Skills and growth' });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('total-acme').textContent()).not.toBe(before);
    // The weights are saved once the key presses pause: one save for the gesture, not ten. The
    // server's version counts the saves (a request listener could hear of one only after the
    // server had answered it, on a loaded machine).
    expect(await slider.inputValue()).toBe('25');
    await expect
      .poll(
        async () => {
          const record = await api.read(id);
          const weighting = record.workspace.weighting;
          const growth = weighting?.method === 'direct' ? weighting.weights.growth : undefined;
          return { growth, version: record.version };
        },
        { timeout: 20_000 },
      )
      .toEqual({ growth: 25, version: 2 });
  });

  it('lays out the deadlines and what to do next', async () => {
    const { page } = await open(berlinOrMunich(), 'timing');
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
    expect(await shoot(page, 'step3-timing')).toBe(0);
  });

  it('plans the negotiation from the analysis', async () => {
    const { page } = await open(berlinOrMunich(), 'negotiate');
    await expect
      .poll(() => page.getByTestId('robustness-advice').textContent())
      .toContain('Acme is the only offer that passes your non-negotiables');
    expect(await page.getByTestId('plan-advice').textContent()).toContain('Acme');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'step4-negotiate')).toBe(0);
  });

  it('drafts a decline, catches a lint error, fixes it, records it as sent and keeps it after a reload', async () => {
    const { page, id } = await open(berlinOrMunich(), 'decide');
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
    expect(await shoot(page, 'step5-decide')).toBe(0);

    await draft.fill(`${written}\n\nI am so so glad we spoke.`);
    const fix = page.getByRole('button', { name: /Fix: change to “so”/ });
    await fix.click();
    await expect.poll(() => draft.inputValue()).toContain('I am so glad we spoke.');
    await expect
      .poll(() => page.getByRole('button', { name: 'I sent it' }).isDisabled())
      .toBe(false);

    // A sentence no word list holds, read by the tone model: a warning that says which words,
    // and does not block sending.
    const fixed = await draft.inputValue();
    await draft.fill(
      `${fixed}\n\nHonestly, I expected a little more than this for someone like myself.`,
    );
    await expect
      .poll(() => page.getByTestId('diagnostics').textContent())
      .toMatch(/reads like criticism of the offer or the company \(`a little`/);
    expect(await page.locator('mark[data-severity="warning"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'I sent it' }).isDisabled()).toBe(false);
    await draft.fill(fixed);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => page.getByText('Draft saved').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'I sent it' }).click();
    // A decline is hard to take back: it is recorded only once confirmed.
    await page.getByRole('button', { name: 'Yes, I declined' }).click();
    await expect
      .poll(async () => (await stored(id)).offers.find((o) => o.id === 'globex'))
      .toMatchObject({ status: 'declined', history: [{ type: 'declined', channel: 'email' }] });
    await expect.poll(() => page.getByText('Globex is declined right now.').isVisible()).toBe(true);

    await page.reload();
    await page.locator('.mantine-SegmentedControl-label', { hasText: /^Globex$/ }).click();
    await expect
      .poll(() => page.getByLabel('Your message').inputValue())
      .toContain('I am so glad we spoke.');
    await expect.poll(() => page.getByText('Globex is declined right now.').isVisible()).toBe(true);
    await page.goto(base());
    await expect.poll(() => page.getByText('Globex: Declined').first().isVisible()).toBe(true);
  });

  it('prints a one-page summary with what has happened', async () => {
    const document = berlinOrMunich();
    const globex = document.offers[1];
    if (globex) {
      globex.status = 'declined';
      globex.history = [{ at: new Date().toISOString(), type: 'declined', channel: 'email' }];
    }
    const { page } = await open(document, 'report');
    await expect
      .poll(() => page.getByTestId('report-history').textContent())
      .toContain('Globex, declined');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'report')).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the same scores after a reload', async () => {
    const { page } = await open(berlinOrMunich(), 'compare');
    await expect.poll(() => page.getByTestId('compare-grid').isVisible()).toBe(true);
    const total = await page.getByTestId('total-acme').textContent();
    await page.reload();
    await expect.poll(() => page.getByTestId('total-acme').textContent()).toBe(total);
  });

  it('reports a change saved elsewhere instead of overwriting it', async () => {
    const document: Workspace = {
      ...berlinOrMunich(),
      weighting: { method: 'direct', weights: { pay: 40, commute: 30, growth: 20, balance: 10 } },
    };
    const { page, id } = await open(document, 'outcomes');
    await page.getByText('Step 1 — What matters to you').waitFor();
    // Another tab saves first: a new title, on the version this page also holds.
    const record = await api.read(id);
    const elsewhere = await api.put(id, record.version, {
      ...record.workspace,
      title: 'Berlin, Munich or stay',
    });
    expect(elsewhere.status).toBe(200);
    await page.getByText('By order', { exact: true }).click();
    // Own weights are the user's judgments: switching asks first.
    await page.getByRole('dialog').getByRole('button', { name: 'Switch', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('changed in another tab or device');
    expect((await stored(id)).title).toBe('Berlin, Munich or stay');
    await page.getByRole('button', { name: 'Load the latest version' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Berlin, Munich or stay' }).isVisible())
      .toBe(true);
  });

  it('works in dark mode on every step without contrast problems', async () => {
    const { id } = await api.create(berlinOrMunich('Dark mode'));
    const page = await newPage();
    await page.goto(base());
    await page.getByRole('link', { name: 'Dark mode' }).waitFor();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.mantineColorScheme))
      .toBe('dark');
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.goto(`${base()}/w/${id}/outcomes`);
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
  });
});
