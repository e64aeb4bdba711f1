import type { LetterReading } from '@offerwise/core';

export interface LetterRead {
  format: 'pdf' | 'docx' | 'eml' | 'text';
  text: string;
  pages?: number;
  truncated?: boolean;
  name: string | null;
  reading: LetterReading;
}

export type LetterReadResult = { ok: true; value: LetterRead } | { ok: false; message: string };

/**
 * Sends the letter to the local server, which reads it on this machine and stores nothing. The
 * file goes as raw bytes, so no PDF or Word library is ever loaded in the browser.
 */
export async function readLetterFile(input: File | { text: string }): Promise<LetterReadResult> {
  const file = input instanceof File;
  const query = file ? `?name=${encodeURIComponent(input.name)}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/letters/read${query}`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': file ? 'application/octet-stream' : 'application/json',
      },
      body: file ? input : JSON.stringify({ text: input.text }),
    });
  } catch (error) {
    return { ok: false, message: String(error) };
  }
  const payload = (await response.json().catch(() => null)) as
    | (LetterRead & { message?: string })
    | null;
  if (response.ok && payload) return { ok: true, value: payload };
  return { ok: false, message: payload?.message ?? response.statusText };
}
