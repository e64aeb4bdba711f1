import type { InputIssue } from '@offerwise/core';

/** Exit codes shared by every command (docs/errors.md). */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

// Each command is its own bundle with its own copy of this class, so main.ts recognises a failure
// by this registry-wide symbol rather than by `instanceof`.
const failureBrand = Symbol.for('offerwise.cli-failure');

/**
 * A failure the user can fix: printed without a stack trace, then exits with `code`. `issues`
 * carries the problems as data for `--json`.
 */
export class CliFailure extends Error {
  constructor(
    readonly lines: string[],
    readonly code: number = EXIT.invalidInput,
    readonly issues: InputIssue[] = [],
  ) {
    super(lines.join('\n'));
  }

  readonly [failureBrand] = true;

  static is(error: unknown): error is CliFailure {
    return typeof error === 'object' && error !== null && failureBrand in error;
  }
}
