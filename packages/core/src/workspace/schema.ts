import type { z } from 'zod';
import { workspaceDocumentSchema } from './document';
import { workspaceRuleIssues } from './rules';

/** The document schema plus the rules that span fields (ids, weights, rates, scales). */
export const workspaceSchema = workspaceDocumentSchema.superRefine((workspace, ctx) => {
  for (const issue of workspaceRuleIssues(workspace)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
  }
});

export type WorkspaceInput = z.input<typeof workspaceSchema>;
