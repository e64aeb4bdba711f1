import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Timeline, TimelineEntry } from './timeline';

// A subpath export (`@offerwise/core/calendar`), not part of the index: only the CLI's --ics and
// the server's calendar route pay for loading the ics library and its validator.

/** "2027-03-15" as the [year, month, day] array ics uses for all-day events. */
function dayArray(day: string, plusDays = 0): DateArray {
  const date = new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function toEvent(entry: TimelineEntry): EventAttributes {
  const common = {
    uid: `${entry.id}@offerwise`,
    title: entry.title,
    description: entry.detail,
    categories: ['Offerwise', entry.kind],
    productId: '-//Offerwise//Timeline//EN',
    calName: 'Offerwise',
  };
  if (entry.allDay) {
    return { ...common, start: dayArray(entry.at), end: dayArray(entry.at, 1), busyStatus: 'FREE' };
  }
  return {
    ...common,
    // Instants go out in UTC so every calendar app places them right without a VTIMEZONE block.
    start: Date.parse(entry.at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: entry.kind === 'deadline' ? 15 : 30 },
    // Deadlines also ring an hour before, in case the 48-hour reminder was missed.
    ...(entry.kind === 'deadline'
      ? {
          alarms: [
            { action: 'display', description: entry.title, trigger: { hours: 1, before: true } },
          ],
        }
      : {}),
  };
}

/** The timeline's entries as an iCalendar file (RFC 5545) that common calendar apps import. */
export function timelineCalendar(timeline: Timeline): string {
  const { error, value } = createEvents(timeline.entries.map(toEvent));
  // Our own entries failing ics's validation is a bug, not bad user input.
  if (error || !value)
    throw new Error(`could not build the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
