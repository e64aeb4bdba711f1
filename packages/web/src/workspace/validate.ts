// The one door to core's schema in the browser, loaded on demand by check.ts.
export { validateWorkspace } from '@offerwise/core';
