import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestApp, testApp } from './helper';
import {
  encryptedPdf,
  letterDocx,
  letterPdf,
  scannedPdf,
  zipBombDocx,
} from './support/letter-files';

interface ReadBody {
  format: string;
  text: string;
  reading: { fields: { value: { key: string; annual?: number; date?: string } }[] };
}
interface ErrorBody {
  code: string;
  reason?: string;
  message: string;
}

let t: TestApp;
// PGlite's first start can take seconds on a busy machine.
beforeAll(async () => {
  t = await testApp();
}, 60_000);
afterAll(() => t.close());

const post = (payload: Buffer | object, contentType: string, name?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/letters/read${name ? `?name=${encodeURIComponent(name)}` : ''}`,
    headers: { 'content-type': contentType },
    payload: payload as Buffer,
  });

describe('POST /api/letters/read', () => {
  it('reads a PDF letter and proposes its fields, storing nothing', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/workspaces' });
    const response = await post(Buffer.from(await letterPdf(3)), 'application/pdf', 'offer.pdf');
    expect(response.statusCode).toBe(200);
    const body = json<ReadBody>(response);
    expect(body.format).toBe('pdf');
    expect(body.reading.fields.find((f) => f.value.key === 'base')?.value.annual).toBe(92000);
    const after = await t.app.inject({ method: 'GET', url: '/api/workspaces' });
    expect(after.body).toBe(before.body);
  });

  it('reads a Word document and pasted text', async () => {
    const docx = await post(Buffer.from(letterDocx()), 'application/octet-stream', 'offer.docx');
    expect(json<ReadBody>(docx).format).toBe('docx');
    const pasted = await post(
      { text: 'Your start date will be March 1, 2027.' },
      'application/json',
    );
    expect(json<ReadBody>(pasted).reading.fields).toContainEqual(
      expect.objectContaining({ value: { key: 'startDate', date: '2027-03-01' } }),
    );
  });

  it.each([
    ['an encrypted PDF', () => encryptedPdf(), 'encrypted', 422],
    ['a scanned PDF', () => scannedPdf(), 'no_text_layer', 422],
    ['a ZIP bomb', () => zipBombDocx(32), 'zip_bomb', 422],
    [
      'a binary file',
      () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
      'binary',
      422,
    ],
  ])('refuses %s with its reason and a message', async (_, make, reason, status) => {
    const response = await post(Buffer.from(await make()), 'application/octet-stream', 'letter');
    expect(response.statusCode).toBe(status);
    const body = json<ErrorBody>(response);
    expect(body).toMatchObject({ code: 'letter_unreadable', reason });
    expect(body.message.length).toBeGreaterThan(20);
  });

  it('answers a 50 MB PDF with the size limit in words', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024);
    big.write('%PDF-1.7\n');
    const response = await post(big, 'application/pdf', 'huge.pdf');
    expect(response.statusCode).toBe(413);
    expect(json<ErrorBody>(response)).toMatchObject({
      code: 'letter_unreadable',
      reason: 'too_large',
    });
    expect(json<ErrorBody>(response).message).toContain('50.0 MB');
  });

  it('names the field when pasted JSON is wrong', async () => {
    const response = await post({ text: '' }, 'application/json');
    expect(response.statusCode).toBe(400);
  });
});
