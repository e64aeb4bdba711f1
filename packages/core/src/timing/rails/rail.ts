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
  | 'not-in-writing';

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

export function railContext(workspace: Workspace, now: Date): RailContext {
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
    local: (iso) => formatLocal(new Date(iso), calendar.timeZone),
  };
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
