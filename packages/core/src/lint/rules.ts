import type { DomainRule } from './rule';
import { deadlinePassed } from './rules/deadline-passed';
import { decisionNotDefinitive } from './rules/decision-not-definitive';
import { extensionNeedsDate } from './rules/extension-needs-date';
import { greetingNameMismatch } from './rules/greeting-name-mismatch';
import { hesitantSpeech } from './rules/hesitant-speech';
import { missingThanks } from './rules/missing-thanks';
import { noBareDemand } from './rules/no-bare-demand';
import { noCriticism } from './rules/no-criticism';
import { noDemandAsOrder } from './rules/no-demand-as-order';
import { noDemandList } from './rules/no-demand-list';
import { noHedgedAsk } from './rules/no-hedged-ask';
import { noHedging } from './rules/no-hedging';
import { noOtherOfferFigures } from './rules/no-other-offer-figures';
import { noOtherOfferName } from './rules/no-other-offer-name';
import { noOverExplaining } from './rules/no-over-explaining';
import { noPlaceholder } from './rules/no-placeholder';
import { noRepeatedApology } from './rules/no-repeated-apology';
import { noSelfPraise } from './rules/no-self-praise';
import { noUltimatum } from './rules/no-ultimatum';
import { readsLikeFlaw } from './rules/reads-like-flaw';
import { vagueAsk } from './rules/vague-ask';

/** Offerwise's own rules, in the order docs/lint-rules.md lists them and lint runs them. */
export const domainRules: readonly DomainRule[] = [
  decisionNotDefinitive,
  noHedging,
  noOverExplaining,
  noCriticism,
  noUltimatum,
  noBareDemand,
  noDemandAsOrder,
  noSelfPraise,
  noRepeatedApology,
  missingThanks,
  noPlaceholder,
  noOtherOfferName,
  greetingNameMismatch,
  noOtherOfferFigures,
  extensionNeedsDate,
  noDemandList,
  deadlinePassed,
  // After the rules whose findings they leave alone: one word, one finding.
  vagueAsk,
  noHedgedAsk,
  hesitantSpeech,
  // Last: it stays quiet on sentences the rules above have already flagged.
  readsLikeFlaw,
];
