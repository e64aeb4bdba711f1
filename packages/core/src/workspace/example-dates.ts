import type { Workspace } from './document';

const DAY_MS = 86_400_000;
const WEEK_DAYS = 7;

export interface DatedExample {
  workspace: Workspace;
  /** Days every date moved by: a whole number of weeks, so weekdays stay weekdays. */
  shiftedByDays: number;
}

/**
 * Moves an example's dates to today, keeping every interval: the newest thing that has
 * happened in it (a history event, a counter-offer or a received offer; else the rates' as-of
 * day) lands within the week before `now`, and every other date moves by the same whole number
 * of weeks, so deadlines written a week or more after it lie ahead, and business-day counts,
 * weekdays and times of day stay as written. `rates.asOf` is the rates' own date and stays.
 *
 * @example
 * shiftExampleDates(ana, { now: new Date('2027-06-02T09:00:00Z') }).shiftedByDays //=> 196
 */
export function shiftExampleDates(workspace: Workspace, options: { now: Date }): DatedExample {
  const reference = latestPast(workspace);
  if (reference === null) return { workspace, shiftedByDays: 0 };
  const weeks = Math.floor((options.now.getTime() - reference) / (WEEK_DAYS * DAY_MS));
  const days = weeks * WEEK_DAYS;
  if (days === 0) return { workspace, shiftedByDays: 0 };
  const day = (value: string) => shiftDay(value, days);
  const at = (value: string) => shiftInstant(value, days);
  const profile = workspace.profile;
  const notice = profile.noticePeriod;
  return {
    shiftedByDays: days,
    workspace: {
      ...workspace,
      profile: {
        ...profile,
        ...(notice && 'until' in notice ? { noticePeriod: { until: day(notice.until) } } : {}),
        ...(profile.holidays ? { holidays: profile.holidays.map(day) } : {}),
      },
      offers: workspace.offers.map((offer) => ({
        ...offer,
        ...(offer.receivedAt ? { receivedAt: at(offer.receivedAt) } : {}),
        ...(offer.deadline ? { deadline: at(offer.deadline) } : {}),
        ...(offer.startDate ? { startDate: day(offer.startDate) } : {}),
        ...(offer.history ? { history: offer.history.map((e) => ({ ...e, at: at(e.at) })) } : {}),
        ...(offer.counterOffers
          ? {
              counterOffers: offer.counterOffers.map((c) => ({
                ...c,
                at: at(c.at),
                ...(c.startDate ? { startDate: day(c.startDate) } : {}),
              })),
            }
          : {}),
      })),
    },
  };
}

/** The newest moment the example treats as past, in epoch milliseconds. */
function latestPast(workspace: Workspace): number | null {
  const moments = workspace.offers.flatMap((offer) => [
    ...(offer.receivedAt ? [offer.receivedAt] : []),
    ...(offer.history ?? []).map((e) => e.at),
    ...(offer.counterOffers ?? []).map((c) => c.at),
  ]);
  if (moments.length === 0 && workspace.rates?.asOf)
    moments.push(`${workspace.rates.asOf}T00:00:00Z`);
  if (moments.length === 0) return null;
  return Math.max(...moments.map((m) => Date.parse(m)));
}

/** "2026-11-27" plus `days`, as a calendar day. */
function shiftDay(value: string, days: number): string {
  return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * An instant written with its offset ("2026-11-27T17:00:00+01:00") moved by whole days: the
 * date part changes, the time and the written offset stay, so it moves by exactly `days` × 24 h.
 */
function shiftInstant(value: string, days: number): string {
  return `${shiftDay(value.slice(0, 10), days)}${value.slice(10)}`;
}
