import type { Timeline, TimelineEntry } from '@offerwise/core';
import { createEvents, type DateArray, type EventAttributes } from 'ics';

// Loaded with import() when the user asks for the file, so the ics library stays out of the
// step's chunk. The CLI writes the same file (packages/cli/src/calendar-file.ts); the server
// has no calendar route yet, so the browser writes it from core's timeline.

function dayArray(day: string, plusDays = 0): DateArray {
  const date = new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function toEvent(entry: TimelineEntry): EventAttributes {
  const common = {
    // Stable ids: importing a newer file updates the events instead of adding copies.
    uid: `${entry.id}@offerwise`,
    title: entry.title,
    description: entry.detail,
    categories: ['Offerwise', entry.kind],
    productId: '-//Offerwise//Timeline//EN',
    calName: 'Offerwise',
  };
  if (entry.allDay)
    return { ...common, start: dayArray(entry.at), end: dayArray(entry.at, 1), busyStatus: 'FREE' };
  return {
    ...common,
    start: Date.parse(entry.at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: entry.kind === 'deadline' ? 15 : 30 },
    ...(entry.kind === 'deadline'
      ? {
          alarms: [
            { action: 'display', description: entry.title, trigger: { hours: 1, before: true } },
          ],
        }
      : {}),
  };
}

/** The plan's dated entries as an iCalendar file (RFC 5545), or the library's error in words. */
export function timelineCalendar(
  timeline: Timeline,
): { ok: true; text: string } | { ok: false; message: string } {
  const { error, value } = createEvents(timeline.entries.map(toEvent));
  if (error || !value) return { ok: false, message: error?.message ?? 'no output' };
  return { ok: true, text: value };
}
