import { lintExampleWorkspace } from './example-workspace';
import { type Diagnostic, lint } from './lint';
import type { LintContext } from './lint-context';
import type { LintExample } from './rule';

/** Lints a documented example with its context, as the docs show it and the tests check it. */
export function runExample(example: LintExample): Diagnostic[] {
  const { workspace, now, ...rest } = example.context ?? {};
  const context: LintContext = { ...rest };
  if (workspace) context.workspace = lintExampleWorkspace;
  if (now) context.now = new Date(now);
  return lint(example.text, context);
}
