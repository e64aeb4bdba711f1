import type { Offer, Workspace } from '../workspace/document';
import { businessDaysBetween, calendarOf, dayInZone } from './business-days';
import { formatLocal } from './deadlines';
import { isActive, offerLifecycle } from './lifecycle';

export interface DeadlineClash {
  offerIds: [string, string];
  businessDaysApart: number;
  text: string;
}

/**
 * Open offers whose deadlines fall within one business day of each other: both must be answered
 * at once, so neither can wait for news of the other.
 */
export function deadlineClashes(workspace: Workspace, now: Date): DeadlineClash[] {
  const calendar = calendarOf(workspace);
  const open = workspace.offers
    .filter((o) => o.deadline && isActive(offerLifecycle(o).state.status))
    .filter((o) => Date.parse(o.deadline as string) > now.getTime())
    .sort((a, b) => Date.parse(a.deadline as string) - Date.parse(b.deadline as string));
  const clashes: DeadlineClash[] = [];
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      const [a, b] = [open[i] as Offer, open[j] as Offer];
      const [da, db] = [new Date(a.deadline as string), new Date(b.deadline as string)];
      const apart = businessDaysBetween(
        dayInZone(da, calendar.timeZone),
        dayInZone(db, calendar.timeZone),
        calendar.holidays,
      );
      if (apart > 1) continue;
      clashes.push({
        offerIds: [a.id, b.id],
        businessDaysApart: apart,
        // On the same day an extension of the earlier one would end at the later deadline anyway
        // (proposeExtension caps it there), so the advice is to decide both together.
        text:
          apart === 0
            ? `${a.company} (${formatLocal(da, calendar.timeZone)}) and ${b.company} (${formatLocal(db, calendar.timeZone)}) are due the same day: you would answer both at once, and more time from ${a.company} alone would not change that.`
            : `${a.company} (${formatLocal(da, calendar.timeZone)}) and ${b.company} (${formatLocal(db, calendar.timeZone)}) are due within one business day: you would answer both at once. Ask ${a.company} for a few more days so one answer can inform the other.`,
      });
    }
  }
  return clashes;
}
