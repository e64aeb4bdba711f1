import type { Offer, Workspace } from '../workspace/document';
import { formatNumber } from '../workspace/format';
import { calendarOf } from './business-days';
import { deadlineClashes } from './deadline-clashes';
import { formatLocal, proposeExtension } from './deadlines';
import {
  type HistoryEventType,
  initialLifecycle,
  isActive,
  type Lifecycle,
  type LifecycleState,
  offerLifecycle,
} from './lifecycle';
import { runway } from './runway';
import { startFeasibility } from './start-feasibility';

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
  | 'runway-short';

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

/** "A deadline within 48 hours and no response recorded." */
export const DEADLINE_SOON_HOURS = 48;
/** Counter-offers are answered within 24–72 hours; 72 unless process.counterOfferWindowHours says. */
export const DEFAULT_COUNTER_OFFER_WINDOW_HOURS = 72;
const HOUR_MS = 3_600_000;

const responses: readonly HistoryEventType[] = [
  'message-sent',
  'call',
  'extension-requested',
  'accepted',
  'signed',
  'declined',
  'withdrawn',
];

/** The lifecycle state right after everything recorded up to instant `t`. */
function stateAt(lifecycle: Lifecycle, t: number): LifecycleState {
  let state = initialLifecycle;
  for (const step of lifecycle.steps) if (Date.parse(step.event.at) <= t) state = step.to;
  return state;
}

/**
 * Everything that could burn a bridge or miss a date right now, each with the reason and the
 * next step: unanswered deadlines, verbal-only agreements, declines that come too early,
 * start dates that notice and visa cannot meet.
 */
export function guardRails(workspace: Workspace, now: Date): GuardRail[] {
  const out: GuardRail[] = [];
  const calendar = calendarOf(workspace);
  const local = (iso: string) => formatLocal(new Date(iso), calendar.timeZone);
  const add = (rail: Omit<GuardRail, 'draft' | 'dueAt' | 'path'> & Partial<GuardRail>) =>
    out.push({ draft: null, dueAt: null, path: null, ...rail });
  const lives = workspace.offers.map((offer) => ({ offer, life: offerLifecycle(offer) }));
  const nowMs = now.getTime();

  lives.forEach(({ offer, life }, i) => {
    for (const step of life.steps) {
      if (step.refused === null) continue;
      add({
        code: 'history-refused',
        severity: 'warning',
        offerId: offer.id,
        path: `offers[${i}].history[${step.index}]`,
        reason: `${step.event.type} on ${step.event.at.slice(0, 10)} cannot happen here: ${step.refused}.`,
        nextStep: 'Correct the event, or add the event that is missing before it.',
      });
    }
    if (life.declaredStatus) {
      add({
        code: 'status-mismatch',
        severity: 'info',
        offerId: offer.id,
        path: `offers[${i}].status`,
        reason: `The file says "${life.declaredStatus}", but the history leads to "${life.state.status}".`,
        nextStep: 'Update the status, or record the event that changed it.',
      });
    }
  });

  const accepted = lives.filter(({ life }) => life.state.status === 'accepted');
  const open = lives.filter(({ life }) => isActive(life.state.status));
  for (const { offer, life } of accepted) {
    const others = open.filter((o) => o.offer.id !== offer.id).map((o) => o.offer.company);
    if (!life.state.signed) {
      const acceptedAt = [...life.steps]
        .reverse()
        .find((s) => s.event.type === 'accepted' && !s.refused)?.event.at;
      for (const other of lives) {
        if (other.offer.id === offer.id || !acceptedAt) continue;
        const decline = other.life.steps.find(
          (s) =>
            s.event.type === 'declined' &&
            !s.refused &&
            Date.parse(s.event.at) >= Date.parse(acceptedAt),
        );
        if (decline) {
          add({
            code: 'declined-before-signed',
            severity: 'warning',
            offerId: other.offer.id,
            reason: `You declined ${other.offer.company} while ${offer.company} is only accepted verbally.`,
            nextStep: `Get ${offer.company}'s offer signed or confirmed in writing now.`,
            draft: 'acceptance',
          });
        }
      }
      if (others.length > 0) {
        add({
          code: 'finalise-first',
          severity: 'urgent',
          offerId: offer.id,
          reason: `${offer.company} is accepted but not in writing, and ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} still open.`,
          nextStep: `Finalise first: get ${offer.company}'s contract signed, then decline the others.`,
          draft: 'acceptance',
        });
      }
    } else if (others.length > 0) {
      add({
        code: 'tell-others',
        severity: 'urgent',
        offerId: offer.id,
        reason: `${offer.company} is signed and ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} still waiting for your answer.`,
        nextStep: 'Tell them now, politely and briefly; the decline drafts are ready.',
        draft: 'decline',
      });
    }
  }

  for (const { offer, life } of open) {
    const i = workspace.offers.indexOf(offer);
    deadlineRails(workspace, offer, life, i, now, add, local);
    callRails(offer, life, i, add);
    counterOfferRails(offer, life, i, nowMs, add, local);
  }

  for (const { offer, life } of lives) {
    for (const step of life.steps) {
      if (step.event.type !== 'declined' || step.refused) continue;
      const t = Date.parse(step.event.at);
      for (const other of lives) {
        const same = other.offer.id === offer.id;
        // The decline itself clears this offer's request, so look at the state just before it.
        const before = same ? step.from : stateAt(other.life, t);
        if (before.extension !== 'pending') continue;
        add({
          code: 'decline-before-extension-answer',
          severity: 'warning',
          offerId: offer.id,
          reason: same
            ? `You declined ${offer.company} while your request to them for more time was unanswered.`
            : `You declined ${offer.company} before ${other.offer.company} answered your request for more time; if they refuse, you must decide on them with no fallback.`,
          nextStep: same
            ? `Tell ${offer.company} the request no longer stands, so nobody chases it.`
            : `Wait for ${other.offer.company}'s answer before declining anything else.`,
        });
      }
    }
  }

  for (const clash of deadlineClashes(workspace, now)) {
    add({
      code: 'deadline-clash',
      severity: 'warning',
      offerId: clash.offerIds[0],
      reason: clash.text,
      nextStep: 'Ask the earlier one for an extension of a few business days.',
      draft: 'extension-request',
    });
  }

  for (const { offer, life } of [...open, ...accepted]) {
    const feasibility = startFeasibility(workspace, offer, now);
    if (feasibility.feasible === false) {
      add({
        code: 'start-infeasible',
        severity: 'warning',
        offerId: offer.id,
        reason: `${offer.company}'s start date, ${feasibility.offeredStart}, is ${feasibility.shortByDays} days before your earliest possible start, ${feasibility.earliestStart}${feasibility.cause === 'visa' ? ', because of the visa' : ''}.`,
        nextStep: `Ask ${offer.company} for a start on or after ${feasibility.earliestStart}${life.state.status === 'accepted' ? ' before you resign' : ' as part of your reply'}.`,
      });
    }
    const money = runway(workspace, feasibility);
    if (money.short) {
      add({
        code: 'runway-short',
        severity: 'warning',
        offerId: offer.id,
        reason: money.text,
        nextStep:
          'Plan the gap: ask for a sign-on advance or an earlier first payroll, or keep working longer.',
      });
    }
  }
  return out;
}

type Add = (rail: Omit<GuardRail, 'draft' | 'dueAt' | 'path'> & Partial<GuardRail>) => void;

function deadlineRails(
  workspace: Workspace,
  offer: Offer,
  life: Lifecycle,
  i: number,
  now: Date,
  add: Add,
  local: (iso: string) => string,
): void {
  if (!offer.deadline) return;
  const deadline = new Date(offer.deadline);
  const hours = (deadline.getTime() - now.getTime()) / HOUR_MS;
  if (hours <= 0) {
    add({
      code: 'deadline-passed',
      severity: 'urgent',
      offerId: offer.id,
      path: `offers[${i}].deadline`,
      reason: `${offer.company}'s deadline (${local(offer.deadline)}) has passed and the offer is still open${life.state.extension === 'granted' ? '; you were given more time' : ''}.`,
      nextStep:
        life.state.extension === 'granted'
          ? 'Write the new deadline into the offer so reminders use it.'
          : `Ask ${offer.company} today whether the offer still stands; record "expired" if it does not.`,
    });
    return;
  }
  const lastReceived = [...life.steps].reverse().find((s) => s.event.type === 'offer-received');
  const since = lastReceived ? Date.parse(lastReceived.event.at) : Number.NEGATIVE_INFINITY;
  const replied = life.steps.some(
    (s) => !s.refused && responses.includes(s.event.type) && Date.parse(s.event.at) >= since,
  );
  if (hours <= DEADLINE_SOON_HOURS && !replied) {
    const others = workspace.offers
      .filter((o) => o.id !== offer.id && o.deadline && isActive(offerLifecycle(o).state.status))
      .map((o) => ({ label: o.company, deadline: new Date(o.deadline as string) }));
    const calendar = calendarOf(workspace);
    const extension = proposeExtension(deadline, { ...calendar, otherDeadlines: others });
    add({
      code: 'deadline-soon',
      severity: 'urgent',
      offerId: offer.id,
      path: `offers[${i}].deadline`,
      reason: `${offer.company} expects an answer in ${formatNumber(Math.floor(hours), 0)} hours (${local(offer.deadline)}) and no reply is recorded.`,
      nextStep: `Answer today: decide, or ${extension.businessDays > 0 ? extension.text.charAt(0).toLowerCase() + extension.text.slice(1) : 'say when you will decide.'}`,
      draft: 'extension-request',
      dueAt: offer.deadline,
    });
  }
}

const isWritten = (event: {
  type: string;
  source?: string | undefined;
  channel?: string | undefined;
}) =>
  event.type === 'message-sent' &&
  (event.source === 'written' || event.channel === 'email' || event.channel === 'message');

/** Follow up a call in writing within a day, so what was said is on record. */
export const CALL_FOLLOW_UP_HOURS = 24;

function callRails(offer: Offer, life: Lifecycle, i: number, add: Add): void {
  life.steps.forEach((step, k) => {
    const isCall = step.event.type === 'call';
    if (!isCall || step.refused) return;
    const followed = life.steps.slice(k + 1).some((later) => isWritten(later.event));
    if (followed) return;
    add({
      code: 'call-follow-up',
      severity: 'warning',
      offerId: offer.id,
      path: `offers[${i}].history[${step.index}]`,
      reason: `The call with ${offer.company} on ${step.event.at.slice(0, 10)} has no written follow-up recorded.`,
      nextStep: 'Send a short email summarising what was said and agreed.',
      draft: 'written-follow-up',
      dueAt: new Date(Date.parse(step.event.at) + CALL_FOLLOW_UP_HOURS * HOUR_MS).toISOString(),
    });
  });
}

function counterOfferRails(
  offer: Offer,
  life: Lifecycle,
  i: number,
  nowMs: number,
  add: Add,
  local: (iso: string) => string,
): void {
  const counters = [
    ...(offer.counterOffers ?? []).map((c, k) => ({
      at: c.at,
      source: c.source,
      path: `offers[${i}].counterOffers[${k}]`,
    })),
    ...life.steps
      .filter((s) => s.event.type === 'counter-offer' && !s.refused)
      .map((s) => ({
        at: s.event.at,
        source: s.event.source,
        path: `offers[${i}].history[${s.index}]`,
      })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = counters.at(-1);
  if (!latest) return;
  const writtenLater = counters.some(
    (c) => c.source === 'written' && Date.parse(c.at) >= Date.parse(latest.at),
  );
  if (latest.source !== 'written' && !writtenLater) {
    add({
      code: 'counter-offer-verbal',
      severity: 'warning',
      offerId: offer.id,
      path: latest.path,
      reason: `${offer.company}'s counter-offer of ${latest.at.slice(0, 10)} is not in writing.`,
      nextStep: 'Thank them and ask for the new terms in writing before you weigh them.',
      draft: 'counter-offer-request',
    });
  }
  const windowHours = offer.process?.counterOfferWindowHours ?? DEFAULT_COUNTER_OFFER_WINDOW_HOURS;
  const due = Date.parse(latest.at) + windowHours * HOUR_MS;
  const answered = life.steps.some(
    (s) =>
      !s.refused &&
      responses.includes(s.event.type) &&
      Date.parse(s.event.at) > Date.parse(latest.at),
  );
  if (!answered && nowMs > due) {
    add({
      code: 'counter-offer-window',
      severity: 'warning',
      offerId: offer.id,
      path: latest.path,
      reason: `The counter-offer has waited more than ${windowHours} hours for your answer (due ${local(new Date(due).toISOString())}).`,
      nextStep: `Reply to ${offer.company} today, even if only to say when you will decide.`,
      dueAt: new Date(due).toISOString(),
    });
  }
}
