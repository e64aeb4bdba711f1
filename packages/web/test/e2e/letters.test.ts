import { expect, it } from 'vitest';
import { letterPdf } from '../../../server/test/support/letter-files';
import { seriousViolations } from '../support/axe';
import { describeE2e } from '../support/e2e';
import { starter } from '../support/fixtures';

describeE2e('reading an offer letter in Chromium', ({ base, api, newPage, shoot }) => {
  it('drops a PDF on an empty workspace, reviews, accepts, and sees the figures marked written on Compare', async () => {
    const stored = await api.create(starter('Letter to offer'));
    const page = await newPage();
    await page.goto(`${base()}/w/${stored.id}/letters`);
    await expect.poll(() => page.getByText('Read an offer letter').first().isVisible()).toBe(true);

    const bytes = Array.from(await letterPdf(3));
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([new Uint8Array(data)], 'northwind-offer.pdf', { type: 'application/pdf' }),
      );
      return transfer;
    }, bytes);
    await page.dispatchEvent('[data-testid="letter-drop"]', 'drop', { dataTransfer });

    const proposals = page.getByTestId('letter-proposals');
    await expect.poll(() => proposals.isVisible(), { timeout: 30_000 }).toBe(true);
    const base_ = page.getByTestId('proposal-base');
    expect(await base_.textContent()).toContain('Your annual base salary will be EUR 92,000');
    expect(await base_.locator('mark').textContent()).toBe('EUR 92,000');
    const location = page.getByTestId('proposal-location');
    expect(await location.locator('mark').textContent()).toBe('Berlin, Germany');
    expect(await location.getByRole('textbox', { name: /City/ }).inputValue()).toBe('Berlin');
    // RSUs given as a count wait for a share price; nothing is stored before confirming.
    expect(await page.getByLabel('Use the letter’s equity').isChecked()).toBe(false);
    expect((await api.read(stored.id)).workspace.offers).toEqual([]);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    expect(await shoot(page, 'letters-review')).toBe(0);
    // On a phone each proposal is a card: the sentence it came from is on screen, not beside it.
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    const quote = await base_.locator('mark').boundingBox();
    expect((quote?.x ?? Number.NaN) + (quote?.width ?? 0)).toBeLessThanOrEqual(390);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    if (desktop) await page.setViewportSize(desktop);

    await page.getByTestId('letter-confirm').click();
    await expect.poll(() => page.getByTestId('letter-saved').isVisible()).toBe(true);
    await expect
      .poll(async () => (await api.read(stored.id)).workspace.offers.length, { timeout: 15_000 })
      .toBe(1);
    const [offer] = (await api.read(stored.id)).workspace.offers;
    expect(offer).toMatchObject({
      company: 'Northwind Robotics GmbH',
      role: 'Senior Platform Engineer',
      currency: 'EUR',
      startDate: '2027-02-01',
      location: { country: 'DE', city: 'Berlin' },
      pay: { base: 92000 },
      sources: { 'pay.base': { source: 'written', document: 'northwind-offer.pdf' } },
    });

    await page.getByRole('link', { name: 'See it on Compare' }).click();
    await page.waitForURL(/\/compare$/);
    const sources = page.getByTestId(`sources-${offer?.id}`);
    await expect.poll(() => sources.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = await sources.textContent();
    expect(text).toContain('in writingbase salary — northwind-offer.pdf');
    expect(text).toContain('start date — northwind-offer.pdf');
    expect(text).not.toContain('only verbal');
  });

  it('lists a doubtful mention to check, with the reason in words and its sentence', async () => {
    const stored = await api.create(starter('Letter to check'));
    const page = await newPage();
    await page.goto(`${base()}/w/${stored.id}/letters`);
    // Our own wording: a salary cut for a while is not the offer's base, so it is not proposed.
    await page
      .getByLabel('Or paste the letter’s text')
      .fill(
        'Dear Sam,\nWe are pleased to offer you the position of Data Analyst at Fernhill Labs, Inc.\nWhile the hiring freeze lasts, your annual salary will be cut to $150,000.\nYour start date will be March 2, 2027.',
      );
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    const toCheck = page.getByTestId('letter-to-check');
    await expect.poll(() => toCheck.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('proposal-base').count()).toBe(0);
    expect(await page.getByTestId('proposal-startDate').count()).toBe(1);
    const base_ = page.getByTestId('to-check-base');
    expect(await base_.textContent()).toContain(
      'Base salary not proposed: the sentence changes a figure ("cut")',
    );
    expect(await base_.locator('mark').textContent()).toBe('$150,000');
    await base_.getByRole('button', { name: /Show .* in the letter/ }).click();
    expect(await page.getByTestId('letter-text').locator('mark').textContent()).toContain(
      'will be cut to $150,000',
    );
    expect((await seriousViolations(page)).join('\n')).toBe('');
    // On a phone the quote wraps and its button stays on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const show = await base_.getByRole('button', { name: /Show .* in the letter/ }).boundingBox();
    expect((show?.x ?? Number.NaN) + (show?.width ?? 0)).toBeLessThanOrEqual(390);
    expect((await api.read(stored.id)).workspace.offers).toEqual([]);
  });

  it('says a scanned or unreadable file cannot be read, and stores nothing', async () => {
    const stored = await api.create(starter('Unreadable letter'));
    const page = await newPage();
    await page.goto(`${base()}/w/${stored.id}/letters`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)),
    });
    const failure = page.getByTestId('letter-failed');
    await expect.poll(() => failure.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await failure.textContent()).toContain('not a PDF, Word document');
    expect((await api.read(stored.id)).workspace.offers).toEqual([]);
  });
});
