// The public surface of @offerwise/core: what the CLI, the server, the web app and outside
// callers use. Everything else is internal; packages/core/README.md shows an example of each.
// Layers, lowest first: workspace <- pay <- decide <- timing <- messages <- lint.

// decide: scores, ranking and how solid they are
export { breakEvenAll } from './decide/break-even';
export { type CounterOfferReview, reviewCounterOffer } from './decide/counter-offer';
export { type Evaluation, evaluate, type OfferEvaluation, weightsFor } from './decide/evaluate';
export { type NegotiationPlan, negotiationPlan } from './decide/negotiation';
export { scaleOf } from './decide/scoring';
export { type SensitivityReport, sensitivity } from './decide/sensitivity';
export { smaa } from './decide/smaa';
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
  channelSchema,
  channels,
  type Reason,
  reasons,
  type Scenario,
  scenarioSchema,
  scenarios,
  type Tone,
  tones,
} from './messages/scenario';
// pay: money over the years and what a move costs
export { type RelocationCheck, relocationCheck } from './pay/relocation';
// timing: deadlines, lifecycle, guard rails and the dated plan
export { type DeclineConfirmation, declineConfirmation } from './timing/confirm-decline';
export { guardRails } from './timing/guard-rails';
export { type HistoryEventType, offerLifecycle, transition } from './timing/lifecycle';
export type { GuardRail, GuardRailCode } from './timing/rails/rail';
export { needsMove, type StartFeasibility, startFeasibility } from './timing/start-feasibility';
export { buildTimeline, type Timeline, type TimelineEntry } from './timing/timeline';
// workspace: the document, its validation, reading and writing files
export type { HistoryEvent, Offer, Priority, Workspace } from './workspace/document';
export {
  historyEventSchema,
  offerSchema,
  offerStatuses,
  priorityMeasures,
  workspaceDocumentSchema,
} from './workspace/document';
export {
  readWorkspace,
  validateWorkspace,
  workspaceJsonSchemaText,
  writeWorkspace,
} from './workspace/file';
export { formatMoney, formatNumber, formatPct } from './workspace/format';
export { formatIssue, fromZodIssues, type InputIssue, type Result } from './workspace/issues';
export { type Language, languages } from './workspace/language';
export { workspaceRuleIssues } from './workspace/rules';
export { type WorkspaceInput, workspaceSchema } from './workspace/schema';
export { type StarterFields, starterWorkspace } from './workspace/starter';
