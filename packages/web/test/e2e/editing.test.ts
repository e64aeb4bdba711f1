import { readFileSync } from 'node:fs';
import type { Workspace } from '@offerwise/core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { describeE2e } from '../support/e2e';
import { berlinOrMunich } from '../support/fixtures';

/** Issue 12: every field editable, nothing typed lost, the file kept whole. */
describeE2e('editing the workspace in Chromium', ({ base, api, newPage }) => {
  async function open(document: Workspace | string, step: string, page?: Page) {
    const { id } =
      typeof document === 'string' ? await api.createExample(document) : await api.create(document);
    const tab = page ?? (await newPage());
    await tab.goto(`${base()}/w/${id}/${step}`);
    return { page: tab, id };
  }
  const stored = async (id: string) => (await api.read(id)).workspace;
  const saved = (page: Page) =>
    expect.poll(() => page.getByTestId('save-status').first().textContent()).toBe('Saved');

  it('opens "One offer" from the home page, changes the role and keeps the options grant', async () => {
    const page = await newPage();
    await page.goto(base());
    await page.getByRole('tab', { name: 'From an example' }).click();
    await page.getByLabel(/One offer/).check();
    await page.getByRole('button', { name: 'Use this example' }).click();
    await page.waitForURL(/\/w\/[^/]+\/outcomes$/);
    const id = page.url().match(/\/w\/([^/]+)\//)?.[1] ?? '';
    const before = await stored(id);
    expect(before.offers[0]?.pay.equity?.[0]).toMatchObject({ kind: 'option', shares: 4000 });

    await page.getByRole('link', { name: /Offers/ }).click();
    const form = page.getByTestId('offer-form-nordlicht');
    await form.getByRole('textbox', { name: 'Role', exact: true }).fill('Lead Data Engineer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page);
    await page.reload();
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Role', exact: true }).inputValue())
      .toBe('Lead Data Engineer');
    // The options grant is on screen with its strike, and the stored file changed in one field.
    expect(await form.getByLabel('Strike price per share').inputValue()).toBe('6');
    const after = await stored(id);
    expect(after.offers[0]?.role).toBe('Lead Data Engineer');
    const { role: _a, ...restAfter } = after.offers[0] as Workspace['offers'][number];
    const { role: _b, ...restBefore } = before.offers[0] as Workspace['offers'][number];
    expect(restAfter).toEqual(restBefore);
    expect({ ...after, offers: [] }).toEqual({ ...before, offers: [] });
  });

  it('edits lists as lists: a second sign-on is added, moved up and kept', async () => {
    const { page, id } = await open(berlinOrMunich(), 'offers');
    const form = page.getByTestId('offer-form-acme');
    await form.getByRole('button', { name: 'Add a sign-on bonus' }).click();
    await form
      .getByRole('group', { name: 'Sign-on bonus 1' })
      .getByRole('textbox', { name: 'Sign-on bonus' })
      .fill('5000');
    await form.getByRole('button', { name: 'Add a sign-on bonus' }).click();
    await form
      .getByRole('group', { name: 'Sign-on bonus 2' })
      .getByRole('textbox', { name: 'Sign-on bonus' })
      .fill('12000');
    await form.getByRole('button', { name: 'Move Sign-on bonus 2 up' }).click();
    await expect
      .poll(async () => (await stored(id)).offers[0]?.pay.signOn, { timeout: 15_000 })
      .toEqual([{ amount: 12000 }, { amount: 5000 }]);
    await form.getByRole('button', { name: 'Remove Sign-on bonus 1' }).click();
    await expect
      .poll(async () => (await stored(id)).offers[0]?.pay.signOn, { timeout: 15_000 })
      .toEqual([{ amount: 5000 }]);
  });

  // The pay chart's code loads as the user scrolls to the end of the form. Its place was once
  // held by a box 400 px too short, so the form jumped as the bars arrived and a click aimed at
  // "Add an offer" landed on empty page.
  it('keeps the end of the form still while the pay chart is drawn', async () => {
    const { page } = await open(berlinOrMunich(), 'offers');
    const add = page.getByRole('button', { name: 'Add an offer' });
    await add.scrollIntoViewIfNeeded();
    const top = () => add.evaluate((button) => button.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    await page.getByRole('img', { name: /^Pay by year/ }).waitFor();
    expect(await top()).toBe(before);
  });

  it('saves a GBP offer in a EUR workspace without typing a rate, then takes my own', async () => {
    const { page, id } = await open(berlinOrMunich(), 'offers');
    await page.getByRole('textbox', { name: 'Company' }).last().fill('Albion');
    await page.getByRole('textbox', { name: 'Role' }).last().fill('Staff Engineer');
    await page.getByRole('button', { name: 'Add an offer' }).click();
    const form = page.getByTestId('offer-form-albion');
    await form.getByLabel('Currency (three letters)').fill('GBP');
    await form.getByLabel('Base salary a year').fill('90000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page);
    const albion = (await stored(id)).offers.find((o) => o.id === 'albion');
    expect(albion).toMatchObject({ currency: 'GBP', pay: { base: 90000 } });
    expect((await stored(id)).rates).toBeUndefined();

    await page.getByRole('link', { name: /You & rates/ }).click();
    const inUse = page.getByTestId('rates-in-use');
    await expect.poll(() => inUse.textContent()).toContain('1 GBP =');
    expect(await inUse.textContent()).toContain('Shipped');
    await page.getByRole('button', { name: 'Use my own rate for GBP' }).click();
    const rate = page.getByLabel('EUR for one GBP');
    const shipped = Number(await rate.inputValue());
    expect(shipped).toBeGreaterThan(1);
    await rate.fill('1.2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page);
    expect((await stored(id)).rates?.fx).toEqual({ GBP: 1.2 });
    expect(await inUse.textContent()).toContain('Your rate');
  });

  it('keeps a typed base salary across steps and a reload, and a half-typed one in the browser', async () => {
    const { page, id } = await open(berlinOrMunich(), 'offers');
    const base = page.getByTestId('offer-form-acme').getByLabel('Base salary a year');
    await base.fill('101500');
    await page.getByRole('link', { name: /Compare/ }).click();
    await page.getByTestId('compare-grid').or(page.getByTestId('compare-cards')).first().waitFor();
    await page.getByRole('link', { name: /Offers/ }).click();
    await expect.poll(() => base.inputValue()).toBe('101 500');
    await page.reload();
    await expect.poll(() => base.inputValue()).toBe('101 500');
    await expect.poll(async () => (await stored(id)).offers[0]?.pay.base).toBe(101500);

    // Emptied, the field cannot be saved: it says so in words and the draft stays in the browser.
    await base.fill('');
    const problem = page.getByText('Base salary: enter a number, e.g. 95000').first();
    await expect.poll(() => problem.isVisible()).toBe(true);
    await page.getByTestId('offer-form-acme').getByLabel('Commute (min)').fill('25');
    await expect
      .poll(() => page.getByTestId('save-status').first().textContent())
      .toContain('Kept in this browser');
    await page.reload();
    await expect.poll(() => base.inputValue()).toBe('');
    expect(await page.getByTestId('offer-form-acme').getByLabel('Commute (min)').inputValue()).toBe(
      '25',
    );
    await expect.poll(() => problem.isVisible()).toBe(true);
    expect((await stored(id)).offers[0]?.pay.base).toBe(101500);
    await base.fill('99000');
    await expect
      .poll(async () => (await stored(id)).offers[0], { timeout: 15_000 })
      .toMatchObject({ pay: { base: 99000 }, numbers: { commute: 25 } });
  });

  it('asks where a typed start date comes from and marks a base said on a call on Compare', async () => {
    const { page, id } = await open(berlinOrMunich(), 'offers');
    const form = page.getByTestId('offer-form-acme');
    const baseSource = form.getByRole('radiogroup', { name: 'Where the base salary comes from' });
    // The fixture's pay block is written, so the base starts as written.
    expect(await baseSource.getByRole('radio', { name: 'In writing' }).isChecked()).toBe(true);
    const ask = form.getByText('Where is this from?');
    expect(await ask.count()).toBe(0);

    await form.getByLabel('Start date', { exact: true }).fill('2027-03-01');
    await expect.poll(() => ask.count()).toBe(1);
    await form
      .getByRole('radiogroup', { name: 'Where the start date comes from' })
      .getByText('My estimate')
      .click();
    await baseSource.getByText('Said on a call').click();
    await expect.poll(() => ask.count()).toBe(0);
    await expect
      .poll(async () => (await stored(id)).offers[0], { timeout: 15_000 })
      .toMatchObject({
        startDate: '2027-03-01',
        pay: { base: 98000, source: 'written' },
        sources: { 'pay.base': { source: 'verbal' }, startDate: { source: 'estimate' } },
      });
    expect((await seriousViolations(page)).join('\n')).toBe('');

    await page.getByRole('link', { name: /Compare/ }).click();
    const sources = page.getByTestId('sources-acme');
    await expect.poll(() => sources.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = await sources.textContent();
    expect(text).toContain('only verbalbase salary');
    expect(text).toContain('estimatestart date');
  });

  it('offers a draft left from an older version instead of applying it, and can save it over', async () => {
    const { page, id } = await open(berlinOrMunich(), 'offers');
    const role = page
      .getByTestId('offer-form-acme')
      .getByRole('textbox', { name: 'Role', exact: true });
    // Company emptied: the draft cannot be saved, so it waits in the browser.
    await page
      .getByTestId('offer-form-acme')
      .getByRole('textbox', { name: 'Company', exact: true })
      .fill('');
    await role.fill('Principal Engineer');
    await expect
      .poll(() => page.getByTestId('save-status').first().textContent())
      .toContain('Kept in this browser');
    // Meanwhile another device saves a new version.
    const record = await api.read(id);
    expect(
      (await api.put(id, record.version, { ...record.workspace, title: 'Elsewhere' })).status,
    ).toBe(200);
    await page.reload();
    const stale = page.getByTestId('stale-draft');
    await expect.poll(() => stale.isVisible()).toBe(true);
    expect(await role.inputValue()).toBe('Staff Engineer');
    await stale.getByRole('button', { name: 'Keep my changes' }).click();
    await expect.poll(() => role.inputValue()).toBe('Principal Engineer');
    await page
      .getByTestId('offer-form-acme')
      .getByRole('textbox', { name: 'Company', exact: true })
      .fill('Acme AG');
    // Kept changes replace what is stored, on purpose: the other device's title goes with them.
    await expect
      .poll(async () => (await stored(id)).offers[0], { timeout: 15_000 })
      .toMatchObject({ company: 'Acme AG', role: 'Principal Engineer' });
    expect((await stored(id)).title).toBe('Berlin or Munich');
  });

  it('asks before a slider replaces pairwise judgments, and can restore them', async () => {
    const { page, id } = await open('pairwise-weights', 'compare');
    const before = (await stored(id)).weighting;
    expect(before?.method).toBe('ahp');
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('Your pairwise comparisons will be replaced');
    await dialog.getByRole('button', { name: 'Keep pairwise comparisons' }).click();
    expect((await stored(id)).weighting).toEqual(before);

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await dialog.getByRole('button', { name: 'Switch', exact: true }).click();
    await expect.poll(async () => (await stored(id)).weighting?.method).toBe('direct');
    await page.getByRole('button', { name: 'Restore the pairwise comparisons' }).click();
    await expect.poll(async () => (await stored(id)).weighting).toEqual(before);

    // Step 1 shows the pairwise questionnaire with its consistency ratio.
    await page.getByRole('link', { name: /Outcomes/ }).click();
    await expect
      .poll(() => page.getByTestId('consistency').textContent())
      .toContain('Consistency ratio');
  });

  it('downloads the file from the browser byte for byte as the server exports it', async () => {
    const seed = await api.createExample('single-offer');
    const canonical = await api.exportText(seed.id);
    const imported = await fetch(`${base()}/api/workspaces/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: canonical,
    });
    const { id } = (await imported.json()) as { id: string };
    const { page } = await open(await stored(id), 'offers');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the file (.yaml)' }).first().click(),
    ]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(canonical);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      it(`has no serious accessibility problem on the editor screens (${colorScheme}, ${width} px)`, async () => {
        const page = await newPage({ width, height: 900, colorScheme });
        const checks: [string, string][] = [
          ['international-move', 'offers'],
          ['international-move', 'profile'],
          ['pairwise-weights', 'outcomes'],
        ];
        for (const [example, step] of checks) {
          await open(example, step, page);
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          expect(
            await page.evaluate(() => document.documentElement.dataset.mantineColorScheme),
          ).toBe(colorScheme);
          await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
          const found = await seriousViolations(page);
          expect(found.map((line) => `${example}/${step}: ${line}`).join('\n')).toBe('');
        }
        // The dialog that asks before pairwise judgments are replaced.
        await page.getByText('By order', { exact: true }).click();
        await page.getByRole('dialog').waitFor();
        expect((await seriousViolations(page)).join('\n')).toBe('');
      }, 180_000);
    }
  }
});
