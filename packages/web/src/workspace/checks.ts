// Loaded on demand by check.ts: core's checks bring zod and the workspace schema.
export { validateWorkspace } from '@offerwise/core';
