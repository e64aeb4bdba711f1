import type { Workspace } from '../workspace/document';
import { type Diagnostic, lint } from './lint';
import type { LintContext } from './lint-context';
import type { LintExample } from './rule';

/**
 * Lints a documented example with its context, as the docs show it and the tests check it.
 * Examples that use a workspace get `workspace` (Ana's, from examples/international-move.yaml).
 */
export function runExample(example: LintExample, workspace: Workspace): Diagnostic[] {
  const { workspace: usesWorkspace, now, ...rest } = example.context ?? {};
  const context: LintContext = { ...rest };
  if (usesWorkspace) context.workspace = workspace;
  if (now) context.now = new Date(now);
  return lint(example.text, context);
}
