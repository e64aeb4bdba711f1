import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  blankPdf,
  encryptedPdf,
  letterDocx,
  letterEmail,
  letterPdf,
  scannedPdf,
  zipBombDocx,
} from '../../test/support/letter-files';
import { readDocument } from './read-document';

describe('readDocument', () => {
  it('reads the text of a three-page PDF letter, page by page', async () => {
    const result = await readDocument(await letterPdf(3));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ format: 'pdf', pages: 3 });
    expect(result.value.text).toContain('annual base salary will be EUR 92,000');
    expect(result.value.text).toContain('Section 2.40');
  });

  it('reads a Word document', async () => {
    const result = await readDocument(letterDocx(), { name: 'offer.docx' });
    expect(result).toMatchObject({ ok: true, value: { format: 'docx' } });
    if (result.ok)
      expect(result.value.text).toContain(
        'Please sign and return this letter by 20 November 2026.',
      );
  });

  it('reads an e-mail body and the PDF attached to it', async () => {
    const eml = letterEmail('Hi Ana, the letter is attached.', await letterPdf(1));
    const result = await readDocument(strToU8(eml), { name: 'offer.eml' });
    expect(result).toMatchObject({ ok: true, value: { format: 'eml' } });
    if (!result.ok) return;
    expect(result.value.text).toContain('Subject: Your offer from Northwind Robotics');
    expect(result.value.text).toContain('Attachment offer.pdf:');
    expect(result.value.text).toContain('EUR 92,000');
  });

  it('recognises an e-mail by its headers when the file has no .eml name', async () => {
    const result = await readDocument(strToU8(letterEmail()));
    expect(result).toMatchObject({ ok: true, value: { format: 'eml' } });
  });

  it('reads plain text and keeps it as written', async () => {
    const result = await readDocument(strToU8('Base salary: €90.000 brutto jährlich'));
    expect(result).toEqual({
      ok: true,
      value: { format: 'text', text: 'Base salary: €90.000 brutto jährlich' },
    });
  });

  it('says a password-protected PDF must be opened and pasted', async () => {
    const result = await readDocument(encryptedPdf());
    expect(result).toMatchObject({ ok: false, error: { code: 'encrypted' } });
    if (!result.ok) expect(result.error.message).toMatch(/password/);
  });

  it('says a scanned PDF has no text layer', async () => {
    const result = await readDocument(await scannedPdf());
    expect(result).toMatchObject({ ok: false, error: { code: 'no_text_layer' } });
    if (!result.ok) expect(result.error.message).toMatch(/Paste the letter’s text instead/);
  });

  it('treats a PDF of blank pages like a scan', async () => {
    expect(await readDocument(await blankPdf())).toMatchObject({
      ok: false,
      error: { code: 'no_text_layer' },
    });
  });

  it('refuses a 50 MB file before reading any of it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(strToU8('%PDF-1.7\n'));
    const started = performance.now();
    const result = await readDocument(big);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    if (!result.ok) expect(result.error.message).toContain('50.0 MB');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('does not open a Word file that inflates past the limit', async () => {
    const result = await readDocument(zipBombDocx(32), { name: 'offer.docx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'zip_bomb' } });
  });

  it('refuses an empty file and a binary file', async () => {
    expect(await readDocument(new Uint8Array())).toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await readDocument(binary, { name: 'photo.jpg' })).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
  });

  it('says a damaged PDF could not be read', async () => {
    const result = await readDocument(strToU8('%PDF-1.7\nthis is not really a pdf'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['unreadable', 'no_text_layer']).toContain(result.error.code);
  });

  it('stops reading a PDF once the time limit has passed', async () => {
    let now = 0;
    const result = await readDocument(await letterPdf(3), {
      clock: () => {
        now += 5000;
        return now;
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'too_slow' } });
  });
});
