import { performance } from 'node:perf_hooks';
import { readLetter } from '../packages/core/src/index';
import { readDocument } from '../packages/server/src/letters/read-document';
import { letterPdf } from '../packages/server/test/support/letter-files';
import { report } from './harness';

// Issue 17: reading a 3-page PDF letter and extracting its fields, median < 300 ms. The first
// call loads pdf.js (unpdf imports it lazily): the "first" figure, kept in the sample.
const pdf = await letterPdf(3);
const now = new Date('2026-11-25T12:00:00Z');
const once = async () => {
  const read = await readDocument(pdf, { name: 'offer.pdf' });
  if (!read.ok) throw new Error(read.error.message);
  return readLetter(read.value.text, { now });
};
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  const start = performance.now();
  await once();
  times.push(performance.now() - start);
}
report('letter: read a 3-page PDF and extract its fields', times, { targetMs: 300 });
const read = await readDocument(pdf);
const text = read.ok ? read.value.text : '';
const extract: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  readLetter(text, { now });
  extract.push(performance.now() - start);
}
report('letter: extract fields from the text only', extract, { targetMs: 50 });
