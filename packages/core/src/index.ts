export * from './decide/ahp';
export * from './decide/break-even';
export * from './decide/counter-offer';
export * from './decide/evaluate';
export * from './decide/explanation';
export * from './decide/negotiation';
export * from './decide/scoring';
export * from './decide/seeded-random';
export * from './decide/sensitivity';
export * from './decide/smaa';
export * from './decide/topsis';
export * from './decide/value-function';
export * from './decide/weight-stability';
export * from './decide/weights';
export * from './lint/lint';
export * from './lint/lint-context';
export * from './lint/rule';
export * from './lint/rules';
export * from './lint/rules-doc';
export * from './messages/channel';
export * from './messages/draft';
export * from './messages/draft-input';
export * from './messages/extension-date';
export * from './messages/format-draft';
export * from './messages/scenario';
export * from './pay/compensation';
export * from './pay/currency';
export * from './pay/offer-pay';
export * from './pay/relocation';
export * from './pay/repayment';
export * from './pay/vesting';
export * from './timing/business-days';
export * from './timing/deadline-clashes';
export * from './timing/deadlines';
export * from './timing/guard-rails';
export * from './timing/lifecycle';
export * from './timing/notice';
export * from './timing/runway';
export * from './timing/start-feasibility';
export * from './timing/timeline';
export * from './timing/visa-routes';
export * from './workspace/document';
export * from './workspace/file';
export * from './workspace/format';
export * from './workspace/issues';
export * from './workspace/language';
export * from './workspace/places';
export * from './workspace/rules';
export * from './workspace/schema';
export {
  type LetterConflict,
  type LetterField,
  type LetterFieldKey,
  type LetterReading,
  type LetterValue,
  describe as describeLetterValue,
  detectLanguage,
  labelOf as letterFieldLabel,
  type PayPeriod,
  type ReadLetterOptions,
  readLetter,
} from './letter/read-letter';
export type { Evidence } from './letter/evidence';
