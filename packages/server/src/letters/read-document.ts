import type { getDocumentProxy as GetDocumentProxy } from 'unpdf';
import { checkZipSize } from './zip-guard';

// The readers load on first use, so the server and other CLI commands do not start slower.
const pdfReader = () => import('unpdf');
const wordReader = async () => (await import('mammoth')).default;
const mailReader = async () => (await import('postal-mime')).default;

/**
 * Turns an offer letter file (PDF, DOCX, e-mail or plain text) into plain text, on this machine.
 * Expected failures (too large, encrypted, scanned, a ZIP bomb, a binary file) come back as values
 * with a message a person can act on; nothing is stored either way.
 */

export type LetterFormat = 'pdf' | 'docx' | 'eml' | 'text';

export interface LetterText {
  format: LetterFormat;
  text: string;
  /** PDF pages read. */
  pages?: number;
  /** Set when only part of the document was read (too many pages). */
  truncated?: boolean;
}

export type ReadFailureCode =
  | 'empty'
  | 'too_large'
  | 'encrypted'
  | 'no_text_layer'
  | 'zip_bomb'
  | 'not_a_letter_format'
  | 'binary'
  | 'unreadable'
  | 'too_slow';

export interface ReadFailure {
  code: ReadFailureCode;
  message: string;
}

export type ReadResult = { ok: true; value: LetterText } | { ok: false; error: ReadFailure };

export interface ReadLimits {
  maxBytes: number;
  maxPages: number;
  /** Bytes a DOCX may expand to, all parts together. */
  maxUnzippedBytes: number;
  maxMillis: number;
}

export const letterLimits: ReadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 30,
  maxUnzippedBytes: 25 * 1024 * 1024,
  maxMillis: 8000,
};

export interface ReadOptions {
  /** File name as the user chose it; only its extension is used, as a hint. */
  name?: string;
  mediaType?: string;
  limits?: Partial<ReadLimits>;
  /** Clock for the time limit; a parameter so tests can drive it. */
  clock?: () => number;
}

const fail = (code: ReadFailureCode, message: string): ReadResult => ({
  ok: false,
  error: { code, message },
});

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export async function readDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const limits = { ...letterLimits, ...options.limits };
  if (bytes.length === 0)
    return fail('empty', 'The file is empty. Choose the letter again, or paste its text.');
  if (bytes.length > limits.maxBytes) {
    return fail(
      'too_large',
      `This file is ${megabytes(bytes.length)}; letters are read up to ${megabytes(limits.maxBytes)}. Export just the letter's pages, or paste the text instead.`,
    );
  }
  const clock = options.clock ?? Date.now;
  const deadline = clock() + limits.maxMillis;
  const format = detectFormat(bytes, options);
  try {
    switch (format) {
      case 'pdf':
        return await readPdf(bytes, limits, () => clock() > deadline);
      case 'docx':
        return await readDocx(bytes, limits);
      case 'eml':
        return await readEmail(bytes, options, limits);
      case 'text':
        return readPlainText(bytes);
      case 'zip':
        return fail(
          'not_a_letter_format',
          'This is a ZIP archive, not a Word document. Unpack it and choose the letter itself.',
        );
      default:
        return fail(
          'binary',
          'This file is not a PDF, Word document (.docx), e-mail (.eml) or text file. Save the letter in one of those formats, or paste its text.',
        );
    }
  } catch {
    return fail(
      'unreadable',
      `This ${format === 'binary' ? 'file' : format.toUpperCase()} could not be read; it may be damaged. Paste the letter's text instead.`,
    );
  }
}

type Detected = LetterFormat | 'zip' | 'binary';

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function detectFormat(bytes: Uint8Array, options: ReadOptions): Detected {
  // A PDF's header may follow up to 1 KB of junk (PDF 32000-1, annex H.3).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    const name = options.name?.toLowerCase() ?? '';
    const mediaType = options.mediaType ?? '';
    const looksWord =
      name.endsWith('.docx') ||
      mediaType.includes('wordprocessingml') ||
      head.includes('word/') ||
      head.includes('[Content_Types].xml');
    return looksWord ? 'docx' : 'zip';
  }
  const text = decodeText(bytes);
  if (text === undefined) return 'binary';
  const name = options.name?.toLowerCase() ?? '';
  if (name.endsWith('.eml') || options.mediaType === 'message/rfc822' || looksLikeEmail(text))
    return 'eml';
  return 'text';
}

/** UTF-8 (or Latin-1) text without NULs and with few control characters, else undefined. */
function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return undefined;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > text.length * 0.01 ? undefined : text;
}

function looksLikeEmail(text: string): boolean {
  const header = text.slice(0, 4000).split(/\r?\n\r?\n/)[0] ?? '';
  const hasFrom = /^from:\s/im.test(header);
  const hasMime = /^(mime-version|content-type|subject|date|message-id):\s/im.test(header);
  return hasFrom && hasMime && /^[\w-]+:\s/.test(header);
}

function readPlainText(bytes: Uint8Array): ReadResult {
  const text = normalise(decodeText(bytes) ?? '');
  if (!text.trim()) return fail('empty', 'The file has no text. Paste the letter instead.');
  return { ok: true, value: { format: 'text', text } };
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

async function readPdf(
  bytes: Uint8Array,
  limits: ReadLimits,
  late: () => boolean,
): Promise<ReadResult> {
  let pdf: Awaited<ReturnType<typeof GetDocumentProxy>>;
  const { getDocumentProxy } = await pdfReader();
  try {
    // pdf.js takes ownership of what it is given and refuses a Node Buffer: it gets a plain copy.
    pdf = await getDocumentProxy(Uint8Array.from(bytes), { stopAtErrors: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      return fail(
        'encrypted',
        'This PDF is protected by a password. Open it, copy the text and paste it here, or save an unprotected copy.',
      );
    }
    throw error;
  }
  try {
    const pages = Math.min(pdf.numPages, limits.maxPages);
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      if (late()) {
        return fail(
          'too_slow',
          'This PDF takes too long to read. Paste the letter’s text instead, or export only its pages.',
        );
      }
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      texts.push(
        (content.items as PdfTextItem[])
          .map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : ''))
          .join(''),
      );
      page.cleanup();
    }
    const text = normalise(texts.join('\n\n'));
    if (pdf.numPages === 0 || !/\p{L}{2}/u.test(text)) {
      return fail(
        'no_text_layer',
        'This PDF has no text layer (it looks scanned, or it is empty), so there is nothing to read. Paste the letter’s text instead.',
      );
    }
    return {
      ok: true,
      value: { format: 'pdf', text, pages, ...(pdf.numPages > pages ? { truncated: true } : {}) },
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

async function readDocx(bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  const size = checkZipSize(bytes, limits.maxUnzippedBytes);
  if (!size.ok) {
    return fail(
      'zip_bomb',
      `This Word file would expand to more than ${megabytes(limits.maxUnzippedBytes)} (a "ZIP bomb"), so it was not opened. Paste the letter's text instead.`,
    );
  }
  const mammoth = await wordReader();
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const text = normalise(value);
  if (!text.trim())
    return fail('empty', 'This Word document has no text. Paste the letter instead.');
  return { ok: true, value: { format: 'docx', text } };
}

async function readEmail(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: ReadLimits,
): Promise<ReadResult> {
  const PostalMime = await mailReader();
  const email = await PostalMime.parse(bytes);
  const parts: string[] = [];
  if (email.subject) parts.push(`Subject: ${email.subject}`);
  const body = email.text ?? (email.html ? htmlToText(email.html) : '');
  if (body.trim()) parts.push(body);
  for (const attachment of email.attachments) {
    const name = attachment.filename ?? '';
    const isLetter =
      /\.(pdf|docx)$/i.test(name) || /pdf|wordprocessingml/.test(attachment.mimeType);
    if (!isLetter || typeof attachment.content === 'string') continue;
    const content = new Uint8Array(attachment.content);
    // One level only: an attachment is read as a file, never as another e-mail.
    const read = await readDocument(content, {
      ...options,
      name,
      mediaType: attachment.mimeType,
      limits,
    });
    if (read.ok && read.value.format !== 'eml')
      parts.push(`Attachment ${name}:\n${read.value.text}`);
  }
  const text = normalise(parts.join('\n\n'));
  if (!body.trim() && parts.length <= 1) {
    return fail('empty', 'This e-mail has no text and no readable PDF or Word attachment.');
  }
  return { ok: true, value: { format: 'eml', text } };
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Enough HTML-to-text for a mail body: block ends become line breaks, tags go, entities decode. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (match, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return entities[code.toLowerCase()] ?? match;
    })
    .replace(/\n{3,}/g, '\n\n');
}
