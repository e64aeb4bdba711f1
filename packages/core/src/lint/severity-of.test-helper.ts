import { lint } from './lint';
import type { LintContext } from './lint-context';

/** The severity of a domain rule's finding on one text, or undefined when it stays quiet. */
export function severityOf(text: string, ruleId: string, context: LintContext = {}) {
  return lint(text, context).find((d) => d.source === 'offerwise' && d.ruleId === ruleId)?.severity;
}
