import {
  adviseChannel,
  type Channel,
  type Evaluation,
  latestCounterOffer,
  offerLifecycle,
  type Scenario,
  type Workspace,
} from '@offerwise/core';

/**
 * Where an offer stands in the plan: the leader is accepted first, in writing; the others are
 * declined only once it is signed, since a decline is hard to take back.
 */
export type PlanStep =
  | 'accept-leader'
  | 'leader-signed'
  | 'decline-after-signing'
  | 'decline-now'
  | 'screened-out'
  | 'closed';

export interface OfferPlan {
  offerId: string;
  company: string;
  rank: number | null;
  step: PlanStep;
  /** The message the analysis suggests for this offer. */
  scenario: Scenario;
  /** The channel core advises for that message. */
  channel: Channel;
}

export interface DecisionPlan {
  leader: { offerId: string; company: string; signed: boolean } | null;
  /** Leader first, then by rank, screened-out and closed offers last. */
  offers: OfferPlan[];
  /** The offer step 5 opens on: the next one that needs a message. */
  startWith: string | null;
}

const closed = new Set(['declined', 'withdrawn', 'expired']);

/**
 * Step 5's defaults, taken from the ranking and each offer's lifecycle, so the screen opens on
 * the move the analysis supports (never on declining the offer that ranks first).
 */
export function decisionPlan(workspace: Workspace, evaluation: Evaluation): DecisionPlan {
  const byId = new Map(evaluation.offers.map((o) => [o.id, o]));
  const key = (offer: Workspace['offers'][number]) =>
    (closed.has(offerLifecycle(offer).state.status) ? 1e6 : 0) + (byId.get(offer.id)?.rank ?? 1e3);
  const ranked = [...workspace.offers].sort((a, b) => key(a) - key(b));
  const leaderOffer = ranked.find(
    (o) => byId.get(o.id)?.rank === 1 && !closed.has(offerLifecycle(o).state.status),
  );
  const leaderState = leaderOffer ? offerLifecycle(leaderOffer).state : null;
  const signed = leaderState?.status === 'accepted' && leaderState.signed;

  const offers = ranked.map((offer): OfferPlan => {
    const state = offerLifecycle(offer).state;
    const rank = byId.get(offer.id)?.rank ?? null;
    let step: PlanStep;
    let scenario: Scenario;
    if (closed.has(state.status)) {
      step = 'closed';
      scenario = 'feedback';
    } else if (offer === leaderOffer) {
      step = signed ? 'leader-signed' : 'accept-leader';
      scenario = latestCounterOffer(offer) ? 'counter-accept' : 'accept';
    } else {
      step = rank === null ? 'screened-out' : signed ? 'decline-now' : 'decline-after-signing';
      scenario = latestCounterOffer(offer) ? 'counter-decline' : 'decline';
    }
    return {
      offerId: offer.id,
      company: offer.company,
      rank,
      step,
      scenario,
      channel: adviseChannel(offer, scenario).channel,
    };
  });

  const next =
    offers.find((o) => o.step === 'accept-leader') ??
    offers.find((o) => o.step === 'decline-now' || o.step === 'screened-out') ??
    offers.find((o) => o.step === 'decline-after-signing') ??
    offers[0];
  return {
    leader: leaderOffer ? { offerId: leaderOffer.id, company: leaderOffer.company, signed } : null,
    offers,
    startWith: next?.offerId ?? null,
  };
}
