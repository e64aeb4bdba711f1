import { type LetterReading, readLetter } from './read-letter';

// Shared by the reader's and the gate's tests: one fixed "now" and the same look at a reading.
export const now = new Date('2026-11-05T10:00:00Z');
export const read = (text: string) => readLetter(text, { now });
/** The values proposed for a field. */
export const proposed = (reading: LetterReading, key: string) =>
  reading.fields.filter((f) => f.value.key === key).map((f) => f.value);
/** The mention the gate held back for a field, if any. */
export const held = (reading: LetterReading, key: string) =>
  reading.conflicts.find((c) => c.key === key && c.gate !== undefined);
