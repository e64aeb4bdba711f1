import { type Result, readWorkspace, shiftExampleDates, type Workspace } from '@offerwise/core';

/**
 * An example file as a workspace dated from today: its deadlines ahead, every interval kept
 * (core's shiftExampleDates). Loaded on demand: it needs the YAML parser.
 */
export function datedExample(text: string, now: Date): Result<Workspace> {
  const read = readWorkspace(text);
  if (!read.ok) return read;
  return { ok: true, value: shiftExampleDates(read.value, { now }).workspace };
}
