import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Channel, Scenario } from '../messages/scenario';
import type { Language } from '../workspace/language';
import type { LintFacts } from './lint-context';

export type Severity = 'error' | 'warning' | 'info';

/** A message used in a rule's docs and run by its test. `workspace: true` means the example workspace. */
export interface LintExample {
  text: string;
  context?: {
    scenario?: Scenario;
    channel?: Channel;
    offerId?: string;
    workspace?: true;
    /** ISO instant. */
    now?: string;
    language?: Language;
  };
}

/** One domain rule: a retext transform plus the docs that explain it. */
export interface DomainRule {
  id: string;
  /** The severity it reports most; some rules soften or harden it by scenario. */
  severity: Severity;
  /** What it catches, as a phrase ("criticism of the company, process or people"). */
  title: string;
  why: string;
  bad: LintExample;
  good: LintExample;
  check: (tree: Root, file: VFile, facts: LintFacts) => void;
}
