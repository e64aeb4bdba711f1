import type { Channel, Scenario } from '../messages/scenario';
import type { Offer, Workspace } from '../workspace/document';
import type { Language } from '../workspace/language';
import { lintWordsFor } from './words';
import type { LintWords } from './words/lint-words';

/** What the linter may know about a message besides its text. Every field is optional. */
export interface LintContext {
  scenario?: Scenario;
  channel?: Channel;
  workspace?: Workspace;
  /** The offer the message answers; names and figures of every other offer count as slips. */
  offerId?: string;
  now?: Date;
  language?: Language;
}

/** A money figure from another offer, with where it came from for the message. */
export interface OtherFigure {
  value: number;
  offer: Offer;
  label: string;
}

/** The context resolved once per run, shared by every rule through `file.data`. */
export interface LintFacts {
  scenario?: Scenario;
  channel?: Channel;
  language: Language;
  now?: Date;
  offer?: Offer;
  /** For rules that read the plan the workspace implies (the negotiation plan's ask). */
  workspace?: Workspace;
  others: Offer[];
  senderName?: string;
  otherFigures: OtherFigure[];
  words: LintWords;
}

declare module 'vfile' {
  interface DataMap {
    offerwise: LintFacts;
  }
}

export function resolveLintFacts(context: LintContext = {}): LintFacts {
  const language = context.language ?? 'en';
  const offers = context.workspace?.offers ?? [];
  const offer = offers.find((candidate) => candidate.id === context.offerId);
  // Without the answered offer every offer is "other", which would flag the right names too.
  const others = offer ? offers.filter((candidate) => candidate !== offer) : [];
  const own = new Set(offer ? offerFigures(offer).map((figure) => figure.value) : []);
  const facts: LintFacts = {
    language,
    others,
    otherFigures: others
      .flatMap(offerFigures)
      .filter((figure) => figure.value >= 1000 && !own.has(figure.value)),
    words: lintWordsFor(language),
  };
  if (context.scenario) facts.scenario = context.scenario;
  if (context.channel) facts.channel = context.channel;
  if (context.now) facts.now = context.now;
  if (offer) facts.offer = offer;
  if (context.workspace) facts.workspace = context.workspace;
  const senderName = context.workspace?.profile.name;
  if (senderName) facts.senderName = senderName;
  return facts;
}

/** The figures of an offer that a message might quote: base, bonus, sign-on, grants, lump sum. */
function offerFigures(offer: Offer): OtherFigure[] {
  const { pay } = offer;
  const figures: OtherFigure[] = [{ value: pay.base, offer, label: 'base salary' }];
  if (pay.bonus && 'targetPct' in pay.bonus) {
    const bonus = Math.round((pay.base * pay.bonus.targetPct) / 100);
    figures.push({ value: bonus, offer, label: 'target bonus' });
    figures.push({ value: pay.base + bonus, offer, label: 'base plus bonus' });
  } else if (pay.bonus) {
    figures.push({ value: pay.bonus.amount, offer, label: 'bonus' });
  }
  for (const signOn of pay.signOn ?? [])
    figures.push({ value: signOn.amount, offer, label: 'sign-on bonus' });
  for (const grant of pay.equity ?? []) {
    const value = grant.kind === 'rsu' ? grant.grantValue : Math.round(grant.shares * grant.price);
    figures.push({ value, offer, label: 'equity grant' });
  }
  const lumpSum = offer.relocation?.covered?.lumpSum;
  if (lumpSum) figures.push({ value: lumpSum, offer, label: 'relocation lump sum' });
  return figures;
}
