import type { CounterOffer, Offer, Priority, Workspace } from '../workspace/document';
import { formatMoney, formatNumber } from '../workspace/format';
import { evaluate, type OfferEvaluation } from './evaluate';

/**
 * The offer as it stands with a counter-offer's terms: every pay field the counter names
 * replaces the offer's (a new signOn list replaces the old list), and numbers and ratings are
 * merged priority by priority.
 */
export function withCounterOffer(offer: Offer, counter: CounterOffer): Offer {
  const pay = { ...offer.pay };
  for (const [key, value] of Object.entries(counter.pay ?? {})) {
    if (value !== undefined) Object.assign(pay, { [key]: value });
  }
  return {
    ...offer,
    pay,
    numbers: { ...offer.numbers, ...counter.numbers },
    ratings: { ...offer.ratings, ...counter.ratings },
    startDate: counter.startDate ?? offer.startDate,
  };
}

/** The latest counter-offer by date, with its position in the offer's list. */
export function latestCounterOffer(offer: Offer): { counter: CounterOffer; index: number } | null {
  let latest: { counter: CounterOffer; index: number } | null = null;
  (offer.counterOffers ?? []).forEach((counter, index) => {
    if (!latest || Date.parse(counter.at) >= Date.parse(latest.counter.at))
      latest = { counter, index };
  });
  return latest;
}

export interface CoreReason {
  priorityId: string;
  label: string;
  /** A failed non-negotiable, or the priority that cost the most score against the leader. */
  kind: 'non-negotiable' | 'score';
  /** This offer's contribution minus the leader's (score kind), before and after. */
  gapBefore: number;
  gapAfter: number;
}

export interface Change {
  label: string;
  before: string;
  after: string;
}

export interface CounterOfferReview {
  offerId: string;
  counterIndex: number;
  counter: CounterOffer;
  before: { score: number; rank: number | null };
  after: { score: number; rank: number | null };
  /** The offer that ranked first before the counter, when it was not this one. */
  leader: { id: string; company: string } | null;
  coreReason: CoreReason | null;
  /** Whether the counter fixes what made this offer lose. */
  addresses: 'yes' | 'partly' | 'no' | 'was-leading';
  changes: Change[];
  how: string[];
}

/**
 * Re-scores an offer with a counter-offer (the latest, unless `index` is given) and says whether
 * the new terms fix the reason the offer was losing, with what changed side by side.
 */
export function reviewCounterOffer(
  workspace: Workspace,
  offerId: string,
  options: { now: Date; index?: number },
): CounterOfferReview | null {
  const offerIndex = workspace.offers.findIndex((o) => o.id === offerId);
  const offer = workspace.offers[offerIndex];
  if (!offer) return null;
  const chosen =
    options.index === undefined
      ? latestCounterOffer(offer)
      : offer.counterOffers?.[options.index]
        ? { counter: offer.counterOffers[options.index] as CounterOffer, index: options.index }
        : null;
  if (!chosen) return null;

  const countered = workspace.offers.map((o, i) =>
    i === offerIndex ? withCounterOffer(o, chosen.counter) : o,
  );
  const beforeAll = evaluate(workspace, options);
  const afterAll = evaluate({ ...workspace, offers: countered }, options);
  const before = beforeAll.offers[offerIndex] as OfferEvaluation;
  const after = afterAll.offers[offerIndex] as OfferEvaluation;
  const leader = beforeAll.offers
    .filter((o) => o.id !== offerId && o.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || b.score - a.score)[0];
  const behind = leader !== undefined && (before.rank === null || before.score < leader.score);

  let coreReason: CoreReason | null = null;
  let addresses: CounterOfferReview['addresses'] = 'was-leading';
  if (behind && leader) {
    const label = (id: string) => workspace.priorities.find((p) => p.id === id)?.label ?? id;
    const failed = before.failed[0];
    const gap = (e: OfferEvaluation, id: string) =>
      (e.contributions[id] ?? 0) - (leader.contributions[id] ?? 0);
    const worst =
      failed ??
      workspace.priorities.map((p) => p.id).sort((a, b) => gap(before, a) - gap(before, b))[0] ??
      '';
    coreReason = {
      priorityId: worst,
      label: label(worst),
      kind: failed ? 'non-negotiable' : 'score',
      gapBefore: gap(before, worst),
      gapAfter: gap(after, worst),
    };
    if (failed) addresses = after.failed.includes(failed) ? 'no' : 'yes';
    else if (coreReason.gapAfter >= 0) addresses = 'yes';
    else if (coreReason.gapAfter > coreReason.gapBefore) addresses = 'partly';
    else addresses = 'no';
  }

  const changes = describeChanges(
    workspace,
    before,
    after,
    offer,
    withCounterOffer(offer, chosen.counter),
  );
  const how = explain(offer, chosen.counter, before, after, leader, coreReason, addresses);
  return {
    offerId,
    counterIndex: chosen.index,
    counter: chosen.counter,
    before: { score: before.score, rank: before.rank },
    after: { score: after.score, rank: after.rank },
    leader: leader && behind ? { id: leader.id, company: leader.company } : null,
    coreReason,
    addresses,
    changes,
    how,
  };
}

function describeChanges(
  workspace: Workspace,
  before: OfferEvaluation,
  after: OfferEvaluation,
  offer: Offer,
  countered: Offer,
): Change[] {
  const home = workspace.profile.homeCurrency;
  const money = (n: number) => formatMoney(n, home);
  const rows: Change[] = [];
  const add = (label: string, a: string, b: string) => {
    if (a !== b) rows.push({ label, before: a, after: b });
  };
  add(
    'Base pay (offer currency)',
    formatMoney(offer.pay.base, offer.currency),
    formatMoney(countered.pay.base, offer.currency),
  );
  add(
    'Pay in year 1',
    money(before.pay.years[0]?.total ?? 0),
    money(after.pay.years[0]?.total ?? 0),
  );
  add('Pay, 4-year average', money(before.pay.avg4y), money(after.pay.avg4y));
  add('Start date', offer.startDate ?? 'not given', countered.startDate ?? 'not given');
  for (const priority of workspace.priorities) {
    add(priority.label, rawText(priority, before, home), rawText(priority, after, home));
  }
  add('Score', formatNumber(before.score, 3), formatNumber(after.score, 3));
  add(
    'Rank',
    before.rank === null ? 'screened out' : String(before.rank),
    after.rank === null ? 'screened out' : String(after.rank),
  );
  return rows;
}

function rawText(priority: Priority, e: OfferEvaluation, home: string): string {
  const raw = e.raw[priority.id];
  if (raw === null || raw === undefined) return 'no value';
  if (priority.measure.startsWith('pay-')) return formatMoney(raw, home);
  return `${formatNumber(raw)}${priority.unit ? ` ${priority.unit}` : ''}`;
}

function explain(
  offer: Offer,
  counter: CounterOffer,
  before: OfferEvaluation,
  after: OfferEvaluation,
  leader: OfferEvaluation | undefined,
  reason: CoreReason | null,
  addresses: CounterOfferReview['addresses'],
): string[] {
  const points = (n: number) => formatNumber(Math.abs(n), 3);
  const lines = [
    `${offer.company}'s counter-offer of ${counter.at.slice(0, 10)} (${counter.source}) moves its score from ${formatNumber(before.score, 3)} to ${formatNumber(after.score, 3)}.`,
  ];
  if (addresses === 'was-leading' || !reason || !leader) {
    lines.push(`${offer.company} was already leading, so the counter only widens the lead.`);
  } else if (reason.kind === 'non-negotiable') {
    lines.push(
      addresses === 'yes'
        ? `It lost because ${reason.label} broke your non-negotiable; the new terms meet it, so it is back in the comparison.`
        : `It lost because ${reason.label} broke your non-negotiable, and the new terms still do not meet it.`,
    );
  } else {
    const lost = `It lost mainly on ${reason.label}, where it trailed ${leader.company} by ${points(reason.gapBefore)} points`;
    lines.push(
      {
        yes: `${lost}; the counter closes that gap.`,
        partly: `${lost}; the counter narrows that to ${points(reason.gapAfter)} points but does not close it.`,
        no: `${lost}, and the counter does not change that: ask about ${reason.label} specifically.`,
      }[addresses],
    );
  }
  if (leader && after.rank !== null && after.score > leader.score)
    lines.push(`With these terms ${offer.company} now ranks above ${leader.company}.`);
  if (counter.source !== 'written')
    lines.push(
      'These terms are not in writing yet: ask for them in writing before you rely on them.',
    );
  return lines;
}
