// What writing a message takes from core: the drafting phrasebooks and the linter with its word
// lists and retext (about 55 kB gzipped). Loaded when a draft is asked for or a saved one opens,
// not with the step, which needs neither to show the plan.
export { draftMessage, lint } from '@offerwise/core';
