import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { describeE2e } from '../support/e2e';
import { berlinOrMunich } from '../support/fixtures';

/** The label of a native select's chosen option (what the user reads, not its value). */
const chosen = (select: Locator) =>
  select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text ?? '');

/** Issue 13: the app shows what core knows and defaults to the move the analysis supports. */
describeE2e('guidance in Chromium', ({ base, api, newPage, shoot }) => {
  const stored = async (id: string) => (await api.read(id)).workspace;
  const status = async (id: string, offerId: string) =>
    (await stored(id)).offers.find((o) => o.id === offerId)?.status;

  async function axeBothSchemes(url: string, width: number) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage({ width, colorScheme });
      await page.goto(url);
      await page.locator('main h2').nth(1).waitFor();
      await page.waitForLoadState('networkidle');
      expect((await seriousViolations(page)).join('\n')).toBe('');
    }
  }

  it('opens step 5 on accepting the offer that ranks first, with no reason and the advised channel', async () => {
    const { id } = await api.create(berlinOrMunich());
    const page = await newPage();
    await page.goto(`${base()}/w/${id}/decide`);
    await expect
      .poll(() => page.getByTestId('decision-plan').textContent())
      .toContain('Accept Acme');
    expect(await chosen(page.getByLabel('Decision', { exact: true }).first())).toBe('Accept');
    expect(await chosen(page.getByLabel('Reason (kept short and neutral)').first())).toBe(
      'No reason given',
    );
    const advised = (await page.getByTestId('channel-advice').textContent()) ?? '';
    const channel = await chosen(page.getByLabel('Channel', { exact: true }).first());
    expect(advised).toContain(`Recommended: ${channel}`);
  });

  it('asks before recording a decline, records it once confirmed, and can undo it', async () => {
    const { id } = await api.create(berlinOrMunich());
    const page = await newPage();
    await page.goto(`${base()}/w/${id}/decide`);
    await page.locator('.mantine-SegmentedControl-label', { hasText: /^Globex$/ }).click();
    await expect
      .poll(() => chosen(page.getByLabel('Decision', { exact: true }).first()))
      .toBe('Decline');
    await page.getByRole('button', { name: 'Write the draft' }).click();
    await expect.poll(() => page.getByLabel('Your message').inputValue()).toContain('Globex');

    await page.getByRole('button', { name: 'I sent it' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record that you declined Globex?' });
    await dialog.waitFor();
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await dialog.getByRole('button', { name: 'Not yet' }).click();
    expect(await status(id, 'globex')).toBe('evaluating');

    await page.getByRole('button', { name: 'I sent it' }).click();
    await page.getByRole('button', { name: 'Yes, I declined' }).click();
    await expect.poll(() => status(id, 'globex')).toBe('declined');
    await expect
      .poll(() => page.getByTestId('sent-recorded').textContent())
      .toContain('Recorded: Decline for Globex');
    // A second press cannot record it twice.
    expect(await page.getByRole('button', { name: 'Recorded' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(id, 'globex')).toBe('evaluating');
    expect((await stored(id)).offers.find((o) => o.id === 'globex')?.history ?? []).toHaveLength(0);
    expect(await page.getByRole('button', { name: 'I sent it' }).isDisabled()).toBe(false);
  });

  it('shows money at risk, the move, both charts and their tables on Compare and in the Report', async () => {
    const { id } = await api.createExample('international-move');
    const page = await newPage();
    await page.goto(`${base()}/w/${id}/compare`);
    const facts = page.getByTestId('offer-facts-thamesbank');
    await expect.poll(() => facts.textContent()).toContain('to repay if you leave early');
    expect(await page.getByTestId('relocation-net-thamesbank').textContent()).toMatch(
      /The move costs you €[\d,]+ in the first year/,
    );
    // The charts load as the user scrolls towards them.
    await page.getByRole('heading', { name: 'In pictures' }).scrollIntoViewIfNeeded();
    const charts = page.getByTestId('offer-charts');
    await charts.getByRole('img').first().waitFor();
    expect(await charts.getByRole('img').count()).toBe(2);
    await charts.getByText('Show the figures as a table').first().click();
    expect(await charts.getByRole('table').first().textContent()).toContain('Year 1');
    await expect.poll(() => page.title()).toBe('Compare — Ana — London or Munich — Offerwise');
    expect(await shoot(page, 'step2-compare-charts')).toBe(0);

    await page.getByRole('link', { name: 'Report' }).click();
    await expect.poll(() => page.getByTestId('offer-charts').isVisible()).toBe(true);
    expect(await page.getByText('After cost of living (EUR)').isVisible()).toBe(true);
    // Focus moves to the new page's heading, not the body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toBe('H2');
  });

  it('has no serious accessibility problem on the new screens, light and dark, at 1280 and 390 px', async () => {
    const { id } = await api.createExample('international-move');
    for (const width of [1280, 390]) {
      for (const step of ['compare', 'decide', 'report']) {
        await axeBothSchemes(`${base()}/w/${id}/${step}`, width);
      }
    }
  }, 300_000);

  it('turns Compare into cards on a phone, each weight beside the figures it moves', async () => {
    const { id } = await api.create(berlinOrMunich());
    const page: Page = await newPage({ width: 390, height: 844 });
    await page.goto(`${base()}/w/${id}/compare`);
    const total = page.getByTestId('total-acme');
    await total.waitFor();
    expect(await page.locator('table[data-testid="compare-grid"]').count()).toBe(0);
    const before = await total.textContent();
    const slider = page.getByRole('slider', { name: 'Weight of Skills and growth' });
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => total.textContent()).not.toBe(before);
    // The scores stay pinned in view while the slider moves.
    expect(await total.isVisible()).toBe(true);
    const box = await total.boundingBox();
    expect(box && box.y >= 0 && box.y < 844).toBe(true);
    expect(await shoot(page, 'step2-compare-phone')).toBe(0);
  });

  it('opens an example dated from today, its deadlines ahead', async () => {
    const page = await newPage();
    await page.goto(base());
    await page.getByRole('tab', { name: 'From an example' }).click();
    await page.getByLabel('Moving abroad: Ana in Berlin weighs London against Munich').check();
    await page.getByRole('button', { name: 'Use this example' }).click();
    await page.waitForURL(/\/w\/[^/]+\/outcomes/);
    const id = page.url().match(/\/w\/([^/]+)\//)?.[1] ?? '';
    const deadlines = (await stored(id)).offers.map((o) => Date.parse(o.deadline ?? ''));
    expect(deadlines.length).toBeGreaterThan(0);
    for (const deadline of deadlines) expect(deadline).toBeGreaterThan(Date.now());
    await expect.poll(() => page.title()).toBe('Outcomes — Ana — London or Munich — Offerwise');
  });
});
