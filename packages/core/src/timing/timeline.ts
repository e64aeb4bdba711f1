import {
  type CounterOfferReview,
  latestCounterOffer,
  reviewCounterOffer,
} from '../decide/counter-offer';
import { type RelocationCheck, relocationCheck } from '../pay/relocation';
import type { Offer, Workspace } from '../workspace/document';
import { calendarOf, dayInZone } from './business-days';
import {
  type ExtensionProposal,
  formatLocal,
  proposeExtension,
  type TimeLeft,
  timeLeft,
} from './deadlines';
import { guardRails } from './guard-rails';
import { isActive, type LifecycleState, offerLifecycle } from './lifecycle';
import { DEFAULT_COUNTER_OFFER_WINDOW_HOURS } from './rails/counter-offer-window';
import { DEADLINE_SOON_HOURS } from './rails/deadline-soon';
import { declineNow } from './rails/deal-breaker';
import type { GuardRail } from './rails/rail';
import { screenedOut } from './rails/rail';
import { type Runway, runway } from './runway';
import { latestResignDay, type StartFeasibility, startFeasibility } from './start-feasibility';

export interface TimelineEntry {
  /** Stable across runs, so a re-imported calendar updates events instead of duplicating them. */
  id: string;
  /** An instant (ISO with offset) for timed entries, a day ("2027-03-15") for all-day ones. */
  at: string;
  allDay: boolean;
  kind: 'deadline' | 'reminder' | 'action' | 'milestone';
  offerId: string | null;
  title: string;
  detail: string;
}

export interface OfferTimeline {
  offerId: string;
  company: string;
  state: LifecycleState;
  timeLeft: TimeLeft | null;
  /** A concrete extension to ask for, when this offer's deadline comes before another open one. */
  extension: ExtensionProposal | null;
  feasibility: StartFeasibility;
  runway: Runway;
  relocation: RelocationCheck;
  counterOffer: CounterOfferReview | null;
}

export interface Timeline {
  now: string;
  timeZone: string;
  /** True when the profile gives no zone and UTC stands in. */
  timeZoneAssumed: boolean;
  /** What to do by when, in date order. */
  entries: TimelineEntry[];
  warnings: GuardRail[];
  /** The most pressing next steps, in words. */
  nextActions: string[];
  offers: OfferTimeline[];
}

const HOUR_MS = 3_600_000;
/** Dated actions this close count among the next actions; later ones stay in the plan. */
const NEXT_ACTION_DAYS = 7;

/**
 * The dated plan for a workspace: deadlines with reminders, extension asks, follow-ups, and for
 * each live offer the resignation, last-day and start milestones, with the warnings that apply.
 */
export function buildTimeline(workspace: Workspace, options: { now: Date }): Timeline {
  const { now } = options;
  const calendar = calendarOf(workspace);
  const today = dayInZone(now, calendar.timeZone);
  const entries: TimelineEntry[] = [];
  const offers: OfferTimeline[] = [];
  const lives = workspace.offers.map((offer) => ({ offer, state: offerLifecycle(offer).state }));
  // An offer that fails a non-negotiable is declined now: it gets no plan and caps nothing.
  const screened = screenedOut(workspace, now);
  const openDeadlines = lives
    .filter(
      ({ offer, state }) => offer.deadline && isActive(state.status) && !screened.has(offer.id),
    )
    .map(({ offer }) => ({
      id: offer.id,
      label: offer.company,
      deadline: new Date(offer.deadline as string),
    }))
    .filter((d) => d.deadline.getTime() > now.getTime());

  for (const { offer, state } of lives) {
    const dealBreaker = screened.get(offer.id);
    const live = (isActive(state.status) || state.status === 'accepted') && !dealBreaker;
    const feasibility = startFeasibility(workspace, offer, now);
    let left: TimeLeft | null = null;
    let extension: ExtensionProposal | null = null;

    if (dealBreaker && isActive(state.status)) {
      entries.push({
        id: `${offer.id}-decline-now`,
        at: now.toISOString(),
        allDay: false,
        kind: 'action',
        offerId: offer.id,
        title: declineNow(offer.company),
        detail: `It fails a non-negotiable: ${dealBreaker.join(' ')}`,
      });
    } else if (offer.deadline && isActive(state.status)) {
      const deadline = new Date(offer.deadline);
      left = timeLeft(deadline, now, calendar);
      if (!left.overdue) {
        entries.push({
          id: `${offer.id}-deadline`,
          at: offer.deadline,
          allDay: false,
          kind: 'deadline',
          offerId: offer.id,
          title: `Answer ${offer.company}: deadline`,
          detail: `${offer.company} expects your answer by ${left.local} your time.`,
        });
        const reminder = deadline.getTime() - DEADLINE_SOON_HOURS * HOUR_MS;
        if (reminder > now.getTime()) {
          entries.push({
            id: `${offer.id}-deadline-reminder`,
            at: new Date(reminder).toISOString(),
            allDay: false,
            kind: 'reminder',
            offerId: offer.id,
            title: `${offer.company}: 48 hours to answer`,
            detail: 'Decide, or ask today for more time with a concrete number of business days.',
          });
        }
        const later = openDeadlines.filter((d) => d.id !== offer.id && d.deadline > deadline);
        if (later.length > 0 && state.extension === 'none') {
          extension = proposeExtension(deadline, { ...calendar, otherDeadlines: later });
          if (extension.businessDays > 0) {
            entries.push({
              id: `${offer.id}-ask-extension`,
              at: now.toISOString(),
              allDay: false,
              kind: 'action',
              offerId: offer.id,
              title: `Ask ${offer.company} for ${extension.businessDays} more business day${extension.businessDays === 1 ? '' : 's'}`,
              detail: `${offer.company} is due before ${later.map((d) => d.label).join(', ')}. ${extension.text}`,
            });
          }
        }
      }
    }

    const latest = latestCounterOffer(offer);
    const counterOffer = latest
      ? reviewCounterOffer(workspace, offer.id, { now, index: latest.index })
      : null;
    if (latest && isActive(state.status) && !dealBreaker) {
      const windowHours =
        offer.process?.counterOfferWindowHours ?? DEFAULT_COUNTER_OFFER_WINDOW_HOURS;
      const due = new Date(Date.parse(latest.counter.at) + windowHours * HOUR_MS);
      if (due > now) {
        entries.push({
          id: `${offer.id}-counter-offer-reply`,
          at: due.toISOString(),
          allDay: false,
          kind: 'action',
          offerId: offer.id,
          title: `Reply to ${offer.company}'s counter-offer`,
          detail: `Answer within ${windowHours} hours of receiving it (${formatLocal(due, calendar.timeZone)} your time).`,
        });
      }
    }

    if (live) milestones(workspace, offer, feasibility, today, entries);
    offers.push({
      offerId: offer.id,
      company: offer.company,
      state,
      timeLeft: left,
      extension,
      feasibility,
      runway: runway(workspace, feasibility),
      relocation: relocationCheck(workspace, offer),
      counterOffer,
    });
  }

  const warnings = guardRails(workspace, now, screened);
  for (const rail of warnings) {
    if (!rail.dueAt || Date.parse(rail.dueAt) <= now.getTime()) continue;
    if (rail.code === 'deadline-soon') continue;
    entries.push({
      id: `${rail.offerId ?? 'all'}-${rail.code}-${rail.dueAt.slice(0, 10)}`,
      at: rail.dueAt,
      allDay: false,
      kind: 'action',
      offerId: rail.offerId,
      title: rail.nextStep,
      detail: rail.reason,
    });
  }
  entries.sort((a, b) =>
    sortKey(a, calendar.timeZone).localeCompare(sortKey(b, calendar.timeZone)),
  );

  const severityOrder = { urgent: 0, warning: 1, info: 2 } as const;
  const nextActions = [...warnings]
    .filter((w) => w.severity !== 'info')
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
    .map((w) => w.nextStep);
  const soon = now.getTime() + NEXT_ACTION_DAYS * 24 * HOUR_MS;
  for (const entry of entries) {
    const due = entry.allDay ? Date.parse(`${entry.at}T00:00:00Z`) : Date.parse(entry.at);
    if (entry.kind === 'action' && due <= soon && !nextActions.includes(entry.title))
      nextActions.push(entry.title);
  }

  return {
    now: now.toISOString(),
    timeZone: calendar.timeZone,
    timeZoneAssumed: workspace.profile.timeZone === undefined,
    entries,
    warnings,
    nextActions,
    offers,
  };
}

/** Timed entries sort by their local day and time; all-day ones first on their day. */
function sortKey(entry: TimelineEntry, timeZone: string): string {
  if (entry.allDay) return `${entry.at} 00`;
  const instant = new Date(entry.at);
  return `${dayInZone(instant, timeZone)} 01 ${instant.toISOString()}`;
}

function milestones(
  workspace: Workspace,
  offer: Offer,
  f: StartFeasibility,
  today: string,
  entries: TimelineEntry[],
): void {
  const { id: offerId, company } = offer;
  const add = (
    suffix: string,
    at: string,
    kind: TimelineEntry['kind'],
    title: string,
    detail: string,
  ) => {
    if (at >= today)
      entries.push({ id: `${offerId}-${suffix}`, at, allDay: true, kind, offerId, title, detail });
  };
  if (f.visa) {
    add(
      'visa-granted',
      f.resignOn,
      'milestone',
      `${company}: visa expected (if the application starts today)`,
      f.visa.text,
    );
  }
  if (f.offeredStart && f.feasible) {
    const resignBy = latestResignDay(workspace, offer, f.offeredStart, today);
    if (resignBy && resignBy >= f.resignOn) {
      add(
        'resign-by',
        resignBy,
        'action',
        `${company}: last day to resign for a ${f.offeredStart} start`,
        'Only once the contract is signed (and the visa granted, if you need one).',
      );
    }
  }
  add(
    'earliest-start',
    f.earliestStart,
    'milestone',
    `${company}: earliest possible start`,
    f.how.join(' '),
  );
  if (f.offeredStart) {
    add(
      'offered-start',
      f.offeredStart,
      'milestone',
      `${company}: offered start${f.feasible === false ? ` (${f.shortByDays} days too early)` : ''}`,
      f.feasible === false
        ? `Not reachable: the earliest start is ${f.earliestStart}.`
        : 'Reachable with your notice and move.',
    );
  }
}
