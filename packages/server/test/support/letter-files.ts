import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Builds real letter files for tests and the bench: PDFs with pdf-lib, DOCX with fflate, e-mail as
 * MIME text. The letters' wording is our own; these are fixtures, never evaluation data.
 */

export const sampleLetterLines = [
  'Northwind Robotics GmbH',
  'Berlin, 3 November 2026',
  'Dear Ana Costa,',
  'We are pleased to offer you the position of Senior Platform Engineer at Northwind Robotics GmbH.',
  'Your start date will be 1 February 2027. Your place of work is Berlin, Germany.',
  'Your annual base salary will be EUR 92,000, paid in twelve monthly instalments.',
  'You will receive a one-time signing bonus of EUR 8,000, payable with your first salary. If you',
  'resign within 12 months of your start date, you will repay the signing bonus pro rata.',
  'Subject to board approval, you will be granted 1,200 restricted stock units, vesting 25% after',
  'one year and then quarterly over the following 36 months.',
  'You are entitled to 30 days of paid vacation per year.',
  'Please sign and return this letter by 20 November 2026.',
  'Kind regards,',
  'Jonas Weber, Head of Engineering',
];

/** A letter of `pages` pages, the sample letter on page 1 and plain filler prose after it. */
export async function letterPdf(pages = 3, lines = sampleLetterLines): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    const body =
      p === 0
        ? lines
        : Array.from(
            { length: 40 },
            (_, i) =>
              `Section ${p}.${i + 1}: Your employment is also governed by the company handbook and policies.`,
          );
    body.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 790 - i * 18, size: 10, font });
    });
  }
  return doc.save();
}

/** A PDF whose only page is a picture: what a scanner produces. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  // 1×1 grey PNG, scaled over the page.
  const png = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
    ),
    (c) => c.charCodeAt(0),
  );
  const image = await doc.embedPng(png);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

export async function blankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

/**
 * A PDF with a standard security handler (RC4, revision 2) whose user password is not empty, so a
 * reader must ask for it. Written by hand because pdf-lib does not encrypt; the object layout and
 * offsets follow PDF 32000-1 §7.5 and §7.6.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = 'A'.repeat(64);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'B'.repeat(32)}> <${'B'.repeat(32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal, valid Word document with one paragraph per line. */
export function letterDocx(lines = sampleLetterLines, padding?: Uint8Array): Uint8Array {
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t>${escapeXml(line)}</w:t></w:r></w:p>`);
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rels),
    'word/document.xml': strToU8(document),
    ...(padding ? { 'word/media/padding.bin': padding } : {}),
  });
}

/** A Word document carrying a part that inflates to `megabytes` MB of zeros: a ZIP bomb. */
export function zipBombDocx(megabytes = 64): Uint8Array {
  return letterDocx(sampleLetterLines, new Uint8Array(megabytes * 1024 * 1024));
}

/** A multipart e-mail with the letter as its text body and, optionally, a PDF attachment. */
export function letterEmail(body = sampleLetterLines.join('\n'), attachment?: Uint8Array): string {
  const boundary = 'offerwise-boundary';
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
    ...(attachment
      ? [
          `--${boundary}\r\nContent-Type: application/pdf; name="offer.pdf"\r\nContent-Disposition: attachment; filename="offer.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(attachment).toString('base64')}\r\n`,
        ]
      : []),
  ];
  return [
    'From: Jonas Weber <jonas@northwind.example>',
    'To: Ana Costa <ana@example.org>',
    'Subject: Your offer from Northwind Robotics',
    'Date: Tue, 3 Nov 2026 10:00:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
