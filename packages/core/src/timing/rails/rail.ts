import { evaluate } from '../../decide/evaluate';
import type { Offer, Workspace } from '../../workspace/document';
import { type BusinessCalendar, calendarOf } from '../business-days';
import { formatLocal } from '../deadlines';
import {
  type HistoryEventType,
  initialLifecycle,
  isActive,
  type Lifecycle,
  type LifecycleState,
  offerLifecycle,
} from '../lifecycle';

export type GuardRailCode =
  | 'history-refused'
  | 'status-mismatch'
  | 'finalise-first'
  | 'declined-before-signed'
  | 'tell-others'
  | 'deadline-soon'
  | 'deadline-passed'
  | 'deadline-clash'
  | 'call-follow-up'
  | 'counter-offer-verbal'
  | 'counter-offer-window'
  | 'decline-before-extension-answer'
  | 'start-infeasible'
  | 'runway-short'
  | 'deal-breaker'
  | 'reply-due'
  | 'sponsorship-in-writing'
  | 'serial-negotiation';

/** A draft the messages feature can prepare for the next step. */
export type SuggestedDraft =
  | 'decline'
  | 'extension-request'
  | 'acceptance'
  | 'written-follow-up'
  | 'counter-offer-request';

export interface GuardRail {
  code: GuardRailCode;
  severity: 'urgent' | 'warning' | 'info';
  offerId: string | null;
  /** Workspace path the warning is about, e.g. offers[0].history[2]. */
  path: string | null;
  reason: string;
  nextStep: string;
  draft: SuggestedDraft | null;
  /** When the next step is due (ISO instant), if it has a date. */
  dueAt: string | null;
}

/** What a rail returns; the fields it leaves out are null. */
export type RailFinding = Omit<GuardRail, 'code' | 'draft' | 'dueAt' | 'path'> &
  Partial<Omit<GuardRail, 'code'>>;

export interface OfferLife {
  offer: Offer;
  life: Lifecycle;
  /** Position in `workspace.offers`, for paths. */
  index: number;
}

/** Everything the rails share, computed once per call. */
export interface RailContext {
  workspace: Workspace;
  now: Date;
  calendar: BusinessCalendar;
  lives: OfferLife[];
  /** Offers still waiting for a decision. */
  open: OfferLife[];
  accepted: OfferLife[];
  /** Why each offer that fails a non-negotiable fails it, by offer id. */
  screenedOut: Map<string, string[]>;
  /** A date and time in the user's zone, for reasons. */
  local(iso: string): string;
}

/** One rule: what it checks and why, in its own file (`rails/<code>.ts`). */
export interface GuardRailRule {
  code: GuardRailCode;
  check(context: RailContext): RailFinding[];
}

export const HOUR_MS = 3_600_000;

/** Events that count as answering an offer. */
export const responses: readonly HistoryEventType[] = [
  'message-sent',
  'call',
  'extension-requested',
  'accepted',
  'signed',
  'declined',
  'withdrawn',
];

export function railContext(
  workspace: Workspace,
  now: Date,
  screened?: Map<string, string[]>,
): RailContext {
  const calendar = calendarOf(workspace);
  const lives = workspace.offers.map((offer, index) => ({
    offer,
    life: offerLifecycle(offer),
    index,
  }));
  return {
    workspace,
    now,
    calendar,
    lives,
    open: lives.filter(({ life }) => isActive(life.state.status)),
    accepted: lives.filter(({ life }) => life.state.status === 'accepted'),
    screenedOut: screened ?? screenedOut(workspace, now),
    local: (iso) => formatLocal(new Date(iso), calendar.timeZone),
  };
}

/** The offers that fail a non-negotiable, with the screen's reasons. */
export function screenedOut(workspace: Workspace, now: Date): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (workspace.offers.length === 0) return out;
  for (const offer of evaluate(workspace, { now }).offers) {
    if (!offer.feasible)
      out.set(
        offer.id,
        offer.screen.map((s) => s.reason),
      );
  }
  return out;
}

/** The lifecycle state right after everything recorded up to instant `t`. */
export function stateAt(lifecycle: Lifecycle, t: number): LifecycleState {
  let state = initialLifecycle;
  for (const step of lifecycle.steps) if (Date.parse(step.event.at) <= t) state = step.to;
  return state;
}

/** Company names of the open offers other than `offerId`, as "A, B is/are". */
export function othersStillOpen(context: RailContext, offerId: string): string[] {
  return context.open.filter((o) => o.offer.id !== offerId).map((o) => o.offer.company);
}
