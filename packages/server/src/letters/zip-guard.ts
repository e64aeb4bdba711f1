import { Unzip, UnzipInflate } from 'fflate';

const maxEntries = 2000;
// Small input steps bound what one step can inflate to (deflate expands at most ~1032:1).
const step = 1024;

/**
 * Inflates a ZIP archive in small steps, counting bytes, and stops as soon as the parts together
 * exceed `maxBytes`. Headers can lie about sizes, so only real inflation is trusted. Nothing is
 * kept: this runs before a library that would inflate everything at once is allowed near the file.
 */
export function checkZipSize(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: number } | { ok: false } {
  let total = 0;
  let entries = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > maxEntries) over = true;
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > maxBytes) over = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !over; at += step) {
    const end = Math.min(at + step, bytes.length);
    unzip.push(bytes.subarray(at, end), end === bytes.length);
  }
  return over ? { ok: false } : { ok: true, bytes: total };
}
