// The public surface of @offerwise/core: what the CLI, the server, the web app and outside
// callers use. Everything else is internal; packages/core/README.md shows an example of each.
// Layers, lowest first: workspace <- pay <- decide <- timing <- messages <- lint.

// decide: scores, ranking and how solid they are
export { type AhpConsistency, ahpConsistency } from './decide/ahp';
export { breakEvenAll } from './decide/break-even';
export {
  type CounterOfferReview,
  latestCounterOffer,
  reviewCounterOffer,
} from './decide/counter-offer';
export {
  type Evaluation,
  type EvaluationRates,
  evaluate,
  type OfferEvaluation,
  weightsFor,
} from './decide/evaluate';
export { type NegotiationPlan, negotiationPlan } from './decide/negotiation';
export { scaleOf } from './decide/scoring';
export { type SensitivityReport, sensitivity } from './decide/sensitivity';
export { smaa } from './decide/smaa';
// letter: reading an offer letter into proposed fields, each with its evidence
export type { Evidence } from './letter/evidence';
export { labelOf as letterFieldLabel } from './letter/letter-reading';
export {
  type ApplyLetterOptions,
  applyLetter,
  deadlineInstant,
  type LetterDecision,
  type LetterDocument,
  type LetterProposal,
  letterProposals,
  offerChanges,
} from './letter/letter-to-offer';
export {
  describe as describeLetterValue,
  detectLanguage,
  type LetterConflict,
  type LetterField,
  type LetterFieldKey,
  type LetterReading,
  type LetterValue,
  type PayPeriod,
  type ReadLetterOptions,
  readLetter,
} from './letter/read-letter';
export { applyFixes, type Fix } from './lint/fix';
// lint: checks any message before it is sent
export { type Diagnostic, lint, maxLintLength } from './lint/lint';
export type { LintContext } from './lint/lint-context';
export { LINT_EVALUATION_MARKER, lintRulesMarkdown } from './lint/rules-doc';
// messages: drafts in the right channel and tone
export { adviseChannel } from './messages/channel';
export { type Draft, draftMessage } from './messages/draft';
export type { DraftAsk } from './messages/draft-input';
export { formatDraft } from './messages/format-draft';
export {
  type Channel,
  channels,
  type Reason,
  reasons,
  type Scenario,
  scenarios,
  type Tone,
  tones,
} from './messages/scenario';
export { channelSchema, scenarioSchema } from './messages/scenario-schemas';
// pay: money over the years, after tax, and what a move costs
export type { NetPayProjection, NetYear } from './pay/net-pay';
export type { RaiseVsMove } from './pay/raise-vs-move';
export { type RelocationCheck, relocationCheck } from './pay/relocation';
export {
  canEstimateTax,
  estimateTax,
  estimateWithOwnRate,
  taxDisclaimer,
} from './pay/tax/estimate';
export type {
  FilingStatus,
  TaxEstimate,
  TaxInput,
  TaxLine,
  TaxSource,
} from './pay/tax/types';
// timing: deadlines, lifecycle, guard rails and the dated plan
export { type DeclineConfirmation, declineConfirmation } from './timing/confirm-decline';
export { guardRails } from './timing/guard-rails';
export { type HistoryEventType, offerLifecycle, transition } from './timing/lifecycle';
export type { GuardRail, GuardRailCode } from './timing/rails/rail';
export { needsMove, type StartFeasibility, startFeasibility } from './timing/start-feasibility';
export {
  buildTimeline,
  type OfferTimeline,
  type Timeline,
  type TimelineEntry,
} from './timing/timeline';
export { type VisaRoute, visaRoutes } from './timing/visa-routes';
// workspace: the document, its validation, reading and writing files
export type {
  CounterOffer,
  EquityGrant,
  HistoryEvent,
  Offer,
  Priority,
  Profile,
  Rates,
  Weighting,
  Workspace,
} from './workspace/document';
export {
  figureSourceSchema,
  historyEventSchema,
  offerSchema,
  sourceSchema,
  workspaceDocumentSchema,
} from './workspace/document';
export { type DatedExample, shiftExampleDates } from './workspace/example-dates';
export type { FigureOrigin, FigurePath, FigureSource } from './workspace/figure-source';
export {
  decidingFigures,
  figureSource,
  figureSources,
  hasFigure,
  unwrittenFigures,
} from './workspace/figure-source';
export { readWorkspace, workspaceJsonSchemaText, writeWorkspace } from './workspace/file';
export { formatMoney, formatNumber, formatPct } from './workspace/format';
export { formatIssue, fromZodIssues, type InputIssue, type Result } from './workspace/issues';
export { type Language, languages } from './workspace/language';
export {
  type CostOfLivingUse,
  costOfLivingFactor,
  exchangeRate,
  fxSnapshot,
  priceLevelSnapshot,
  type RateUse,
  shippedFxRate,
  shippedPriceLevel,
} from './workspace/rates';
export { workspaceRuleIssues } from './workspace/rules';
export { type WorkspaceInput, workspaceSchema } from './workspace/schema';
export { type StarterFields, starterWorkspace } from './workspace/starter';
export { validateWorkspace } from './workspace/validate';
export {
  figurePaths,
  historyEventTypes,
  offerStatuses,
  priorityMeasures,
} from './workspace/vocabulary';
