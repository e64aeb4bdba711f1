import { TZDate } from '@date-fns/tz';
import { latestCounterOffer } from '../decide/counter-offer';
import { evaluate } from '../decide/evaluate';
import { type NegotiationAsk, negotiationPlan } from '../decide/negotiation';
import { offerLifecycle } from '../timing/lifecycle';
import { buildTimeline, type OfferTimeline } from '../timing/timeline';
import type { Offer, Workspace } from '../workspace/document';
import { formatMoney } from '../workspace/format';
import type { InputIssue } from '../workspace/issues';
import { type ExtensionDate, extensionDate } from './extension-date';
import type { Reason, Scenario } from './scenario';

/** The dates and amounts a draft may state, each taken from the plan `timeline` and `negotiate` print. */
export interface DraftPlan {
  /** The start date to confirm (ISO day); `revised` names why it replaces an infeasible offered one. */
  start?: { day: string; revised: 'visa' | 'notice' | 'move' | null };
  /** The extension to ask for. */
  extension?: {
    days: number;
    date: ExtensionDate;
    /** Another answer already promised by then (the deadline that caps the ask), to mention. */
    commitment?: TZDate;
  };
  reason: Reason;
  asks?: { lever: 'base' | 'sign-on' | 'equity'; target: number }[];
  /** How the plan changed or chose each figure, in words, for the draft's notes. */
  notes: string[];
}

export interface DraftPlanRequest {
  scenario: Scenario;
  reason: Reason;
  days: number | undefined;
  planAsks: ('base' | 'sign-on' | 'equity')[] | undefined;
  /** The user gave their own asks; the plan's are not used. */
  ownAsks: boolean;
}

const counterScenarios: readonly Scenario[] = [
  'counter-request',
  'counter-decline',
  'counter-accept',
];
/** An extension of this many business days when nothing caps it: the low end of the usual 3–5. */
const DEFAULT_EXTENSION_DAYS = 3;

/** Another offer the user has accepted (in the history or by status), which a decline may mention. */
function acceptedElsewhere(workspace: Workspace, offer: Offer): Offer | undefined {
  return workspace.offers.find(
    (other) => other.id !== offer.id && offerLifecycle(other).state.status === 'accepted',
  );
}

/**
 * Works out every date and amount a draft will state from the same timeline and negotiation plan
 * the `timeline` and `negotiate` commands print, so a draft never contradicts them. What the
 * plan cannot support is refused (a reply to a counter-offer that was never made, an extension
 * no deadline leaves room for) or rewritten to the feasible value, with a note that says so.
 */
export function planDraft(
  workspace: Workspace,
  offer: Offer,
  terms: Offer,
  request: DraftPlanRequest,
  now: Date,
): { ok: true; value: DraftPlan } | { ok: false; issues: InputIssue[] } {
  const { scenario } = request;
  const notes: string[] = [];
  if (counterScenarios.includes(scenario) && !latestCounterOffer(offer)) {
    return {
      ok: false,
      issues: [
        {
          path: 'scenario',
          message: `${offer.company} has made no counter-offer (none in counterOffers or the history), so there is nothing to reply to; record it first, or draft "${scenario === 'counter-accept' ? 'accept' : scenario === 'counter-decline' ? 'decline' : 'negotiate'}" instead`,
        },
      ],
    };
  }
  const timeline = buildTimeline(workspace, { now });
  const planned = timeline.offers.find((o) => o.offerId === offer.id) as OfferTimeline;
  const dealBreaker = timeline.warnings.find(
    (w) => w.code === 'deal-breaker' && w.offerId === offer.id,
  );
  if (dealBreaker && (scenario === 'extension' || scenario === 'negotiate')) {
    return {
      ok: false,
      issues: [
        {
          path: 'scenario',
          message: `${dealBreaker.reason} The plan is to decline it now, not to ask for ${scenario === 'extension' ? 'more time' : 'better terms'}: draft "decline" instead`,
        },
      ],
    };
  }
  const plan: DraftPlan = { reason: request.reason, notes };

  if (request.reason === 'accepted-other' && !acceptedElsewhere(workspace, offer)) {
    plan.reason = 'none';
    notes.push(
      'No other offer is recorded as accepted, so the draft does not say you accepted one. Record the acceptance first (an "accepted" event), or pick another reason.',
    );
  }

  if (scenario === 'accept' || scenario === 'counter-accept') {
    const feasibility =
      terms === offer ? planned.feasibility : startOf(workspace, terms, now, planned);
    if (terms.startDate && feasibility.feasible === false) {
      plan.start = { day: feasibility.earliestStart, revised: feasibility.cause ?? 'notice' };
      notes.push(
        `The offered start, ${terms.startDate}, is ${feasibility.shortByDays} days before your earliest possible start, ${feasibility.earliestStart}${feasibility.cause ? ` (because of the ${feasibility.cause})` : ''}; the draft proposes ${feasibility.earliestStart} instead, as the timeline does.`,
      );
    } else if (terms.startDate) {
      plan.start = { day: terms.startDate, revised: null };
    }
  }

  if (scenario === 'extension') {
    const result = extensionFor(workspace, offer, planned, request.days, now, notes);
    if (!result.ok) return result;
    plan.extension = result.value;
  }

  if (scenario === 'negotiate' && !request.ownAsks) {
    const result = asksFor(workspace, offer, request.planAsks, now, notes);
    if (!result.ok) return result;
    plan.asks = result.value;
  }
  return { ok: true, value: plan };
}

function startOf(workspace: Workspace, terms: Offer, now: Date, planned: OfferTimeline) {
  // A counter-offer that keeps the start date has the timeline's feasibility; one that moves it
  // is checked the same way the timeline checks any offer.
  if (terms.startDate === planned.feasibility.offeredStart) return planned.feasibility;
  const timeline = buildTimeline(
    { ...workspace, offers: workspace.offers.map((o) => (o.id === terms.id ? terms : o)) },
    { now },
  );
  return (timeline.offers.find((o) => o.offerId === terms.id) as OfferTimeline).feasibility;
}

function extensionFor(
  workspace: Workspace,
  offer: Offer,
  planned: OfferTimeline,
  wanted: number | undefined,
  now: Date,
  notes: string[],
): { ok: true; value: NonNullable<DraftPlan['extension']> } | { ok: false; issues: InputIssue[] } {
  const timeZone = workspace.profile.timeZone ?? 'UTC';
  const holidays = workspace.profile.holidays ?? [];
  const proposal = planned.extension;
  if (proposal && proposal.businessDays === 0) {
    return {
      ok: false,
      issues: [{ path: 'scenario', message: proposal.text }],
    };
  }
  // The timeline caps the ask at the next open deadline: past it the extra days buy nothing.
  const cap = proposal?.cappedBy ? proposal.businessDays : undefined;
  let days = wanted ?? (cap !== undefined ? cap : DEFAULT_EXTENSION_DAYS);
  if (cap !== undefined && days > cap) {
    notes.push(
      `You asked for ${days} business days; the timeline caps the ask at ${cap}, because ${proposal?.cappedBy?.label} is due then, so the draft asks for ${cap}.`,
    );
    days = cap;
  }
  const date = extensionDate(offer.deadline, days, now, timeZone, holidays);
  if (proposal && days === proposal.businessDays) {
    // Same days, same day: use the timeline's instant (it stops at the capping deadline's hour).
    date.until = new TZDate(Date.parse(proposal.newDeadline), timeZone);
  }
  const value: NonNullable<DraftPlan['extension']> = { days, date };
  if (proposal?.cappedBy)
    value.commitment = new TZDate(Date.parse(proposal.cappedBy.deadline), timeZone);
  return { ok: true, value };
}

function asksFor(
  workspace: Workspace,
  offer: Offer,
  picked: DraftPlanRequest['planAsks'],
  now: Date,
  notes: string[],
): { ok: true; value: NonNullable<DraftPlan['asks']> } | { ok: false; issues: InputIssue[] } {
  const plan = negotiationPlan(workspace, evaluate(workspace, { now }), offer.id);
  const pay = (plan?.asks ?? []).filter(
    (ask): ask is NegotiationAsk & { lever: 'base' | 'sign-on' | 'equity' } =>
      ask.lever !== 'value',
  );
  if (pay.length === 0) {
    return {
      ok: false,
      issues: [
        {
          path: 'asks',
          message:
            'the negotiation plan has no pay ask that would change your decision; give one to three asks yourself, each with one number',
        },
      ],
    };
  }
  let chosen: typeof pay;
  if (picked) {
    const missing = picked.filter((lever) => !pay.some((ask) => ask.lever === lever));
    if (missing.length > 0) {
      return {
        ok: false,
        issues: [
          {
            path: 'planAsks',
            message: `the negotiation plan has no ${missing.join(' or ')} ask (it has: ${pay.map((a) => a.lever).join(', ')})`,
          },
        ],
      };
    }
    chosen = pay.filter((ask) => picked.includes(ask.lever));
  } else {
    // One ask, the one that moves the decision most within sensible limits: any one closes the
    // gap on its own, and asking for all at once reads as a list of demands.
    chosen = [pay.find((ask) => ask.withinBound) ?? (pay[0] as (typeof pay)[number])];
    const others = pay.filter((ask) => !chosen.includes(ask));
    notes.push(
      `The draft asks for the plan's first ask, ${chosen.map((a) => `${a.label.toLowerCase()} ${formatMoney(a.target, offer.currency)}`).join('')}: it moves your decision most${others.length > 0 ? `. The plan's other asks (${others.map((a) => a.label.toLowerCase()).join(', ')}) would each do it on their own too; pick them with planAsks if you prefer` : ''}.`,
    );
  }
  notes.push(
    `From the negotiation plan: ${chosen.map((ask) => `${ask.label} ${formatMoney(ask.target, offer.currency)} (walk away below ${formatMoney(ask.walkAway, offer.currency)}${ask.bound ? `; at most ${formatMoney(ask.bound.max, offer.currency)}, ${ask.bound.why.replace(/ \([^)]*\)/, '')}` : ''})`).join('; ')}. Keep the walk-away points to yourself.`,
  );
  return { ok: true, value: chosen.map((ask) => ({ lever: ask.lever, target: ask.target })) };
}
